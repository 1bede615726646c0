package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on funeral directors and embalmers whose way into both roles is under a heading naming neither
 * ("Becoming one"): how to become either is its steps, all of them.
 */
class FuneralServiceCareersTest {

    private static final String ARTICLE = """
            ---
            title: Funeral director or embalmer?
            roles:
              - name: funeral director
                aliases: [funeral directors, mortician]
              - name: embalmer
                aliases: [embalmers]
            ---

            # Funeral director or embalmer?

            ## Day to day

            **Funeral directors** meet with grieving families to arrange funerals.

            **Embalmers** prepare bodies for viewing and burial. Embalmers work mostly in the preparation room, away
            from the public.

            ## Becoming one

            In most US states, funeral directors and embalmers must be licensed. The usual route is:

            1. An associate degree in mortuary science from an accredited program (about two years).
            2. An apprenticeship of one to three years under a licensed professional.
            3. The National Board Examination.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("funeral-director-vs-embalmer.md", ARTICLE);

    @Test
    void aHeadingOnBecomingThatNamesNoRoleTellsTheWayIntoEachOfItsRoles() {
        for (var role : new String[] {"an embalmer", "a funeral director"}) {
            var reply = bot.ask(null, "how do I become " + role + "?").reply();
            assertTrue(reply.contains("associate degree in mortuary science")
                    && reply.contains("The National Board Examination"), reply);
        }
    }

    @Test
    void aWorkplaceSaidWithAnAdverbOfDegreeInsideThePhraseAnswersWhereTheRoleWorks() {
        var reply = bot.ask(null, "where do embalmers work?").reply();
        assertTrue(reply.contains("Embalmers work mostly in the preparation room"), reply);
    }
}
