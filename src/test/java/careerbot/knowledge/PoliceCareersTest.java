package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on police officers and detectives, beside the seed: the way into one from the other under a heading
 * ("From officer to detective"), pros and cons as lists under lead-ins naming the role ("Cons of being a detective:")
 * in a section on both, and advice whose first sentence names no role ("…, start with patrol").
 */
class PoliceCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Police officer vs. detective: duties, pay and how to move up"
            roles:
              - name: police officer
                aliases: [police officers, patrol officer, cop, cops]
              - name: detective
                aliases: [detectives]
            ---

            # Police officer vs. detective: duties, pay and how to move up

            Officers patrol, respond to calls and keep order; detectives investigate crimes after they happen.

            ## What detectives do

            Detectives gather facts and evidence for criminal cases. They interview witnesses and suspects.

            ## Side by side

            | | Police officer | Detective |
            |---|---|---|
            | Education | High school diploma and police academy | Experience as an officer; often a college degree |

            ## How long does it take to become a police officer?

            Usually six months at a police academy once a department hires you.

            ## From officer to detective

            Almost every detective starts as a police officer. After three to five years on patrol, officers can take \
            a promotion exam.

            ## Pros and cons

            **Pros of being a police officer:**

            - steady public-sector job with a pension
            - no two shifts are the same

            **Cons of being a police officer:**

            - physical danger
            - night and weekend shifts

            **Pros of being a detective:**

            - solving complex cases
            - higher pay

            **Cons of being a detective:**

            - long hours when a case is open
            - emotionally heavy work

            ## Which career suits you?

            If you like being outdoors and helping people in the moment, start with patrol. If you are patient, \
            curious and like piecing evidence together, aim for detective work.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("police-officer-vs-detective.md", ARTICLE);

    @Test
    void aLeadInOnTheRoleComesWithItsList() {
        var reply = bot.ask(null, "what are the pros and cons of being a detective?").reply();
        assertTrue(reply.contains("Cons of being a detective:\n- long hours when a case is open\n- emotionally heavy "
                + "work"), reply);
        assertTrue(reply.contains("- solving complex cases"), reply);
        assertFalse(reply.contains("physical danger"), reply);
    }

    @Test
    void aHeadingFromOneRoleToTheOtherIsTheWayIntoIt() {
        var reply = bot.ask(null, "how do I become a detective?").reply();
        assertTrue(reply.contains("Almost every detective starts as a police officer"), reply);
        assertFalse(reply.contains("college degree"), reply);
        // Not the answer to a question a heading asks, which asks more than the way in.
        var officer = bot.ask(null, "how do I become a police officer?").reply();
        assertTrue(officer.contains("High school diploma"), officer);
    }

    @Test
    void aSentenceBeforeTheRoleIsNamedIsNotSaidOfIt() {
        for (var liking : List.of("I like helping people in the moment", "I like being outdoors")) {
            var reply = bot.ask(null, liking).reply();
            assertFalse(reply.contains("the **detective** role looks like the better fit"), reply);
        }
        var evidence = bot.ask(null, "I like piecing evidence together").reply();
        assertTrue(evidence.contains("the **detective** role looks like the better fit"), evidence);
    }
}
