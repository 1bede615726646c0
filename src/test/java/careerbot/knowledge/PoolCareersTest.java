package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with a section on each role that labels its paragraphs in bold ("**Qualification:**", "**Typical
 * pay:**"): the roles are compared on the labels both sections share, side by side.
 */
class PoolCareersTest {

    private static final String ARTICLE = """
            ---
            title: Lifeguard vs swimming instructor
            roles:
              - name: lifeguard
                aliases: [lifeguards]
              - name: swimming instructor
                aliases: [swim instructor, swimming instructors]
            ---

            # Lifeguard vs swimming instructor

            Lifeguards and swimming instructors both work at the pool side, but their days look very different.

            ## Lifeguards

            A lifeguard watches swimmers to prevent accidents and rescues swimmers in difficulty.

            **Qualification:** the National Pool Lifeguard Qualification (NPLQ) in the UK.

            **Typical pay:** around £10 to £12 an hour in the UK.

            ## Swimming instructors

            A swimming instructor teaches people to swim, from babies to competitive swimmers.

            **Typical pay:** around £12 to £20 an hour.

            **Qualification:** Swim England's Level 1 and Level 2 teaching certificates in the UK.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("lifeguard-vs-swim-instructor.md", ARTICLE);

    @Test
    void rolesAreComparedOnTheLabelsOfTheirOwnSections() {
        var reply = bot.ask(null, "lifeguard vs swim instructor").reply();
        assertTrue(reply.contains("**Qualification**\n- *Lifeguard:* the National Pool Lifeguard Qualification")
                && reply.contains("- *Swimming instructor:* Swim England's Level 1"), reply);
        assertTrue(reply.contains("**Typical pay**\n- *Lifeguard:* around £10 to £12 an hour"), reply);
    }
}
