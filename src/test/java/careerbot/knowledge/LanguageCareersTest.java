package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on translators and interpreters, beside the seed: pros and cons under a heading of their own for each
 * role and side ("### Cons of being an interpreter"), a move within one role said with a word of moving, and headings
 * that ask questions.
 */
class LanguageCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Translator or interpreter? Two language careers compared"
            roles:
              - name: translator
                aliases: [translators]
              - name: interpreter
                aliases: [interpreters]
            ---

            # Translator or interpreter? Two language careers compared

            Translators work with written text. Interpreters work with spoken language, in real time.

            ## What does a translator do?

            Translators turn documents such as contracts and websites into another language. Translators can move \
            between fields, from legal to medical texts, without retraining.

            ## What does an interpreter do?

            Interpreters help people who speak different languages understand each other at meetings and in courtrooms.

            ## Pros and cons

            ### Pros of being a translator

            - You can often work from home and set your own schedule.

            ### Cons of being a translator

            - The work can be isolating.

            ### Pros of being an interpreter

            - Every day is different, and you meet many people.

            ### Cons of being an interpreter

            - The work is mentally exhausting.
            - Assignments often require travel.

            ## How much do translators and interpreters earn?

            Interpreters and translators earned a median wage of $57,090 in May 2023. Employment is projected to grow             2 percent from 2023 to 2033.

            ## How to become a translator or interpreter

            Most employers expect a bachelor's degree and native-level command of two languages.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("translator-vs-interpreter.md", ARTICLE);

    @Test
    void prosAndConsOfOneRoleComeFromBothItsSections() {
        for (var question : new String[] {"what are the pros and cons of being an interpreter?",
                "interpreter pros and cons"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("**Pros of being an interpreter**\n- Every day is different")
                    && reply.contains("**Cons of being an interpreter**\n- The work is mentally exhausting"),
                    question + ": " + reply);
            assertFalse(reply.contains("isolating") || reply.contains("work from home"), question + ": " + reply);
        }
        var cons = bot.ask(null, "what are the cons of being a translator?").reply();
        assertTrue(cons.contains("The work can be isolating."), cons);
        assertFalse(cons.contains("work from home") || cons.contains("mentally exhausting"), cons);
    }

    @Test
    void prosAndConsOfBothRolesComeFromEverySection() {
        for (var question : new String[] {"pros and cons of translators and interpreters",
                "translator vs interpreter pros and cons"}) {
            var reply = bot.ask(null, question).reply();
            for (var item : new String[] {"work from home", "isolating", "Every day is different", "exhausting"}) {
                assertTrue(reply.contains(item), question + ": " + reply);
            }
        }
        var pros = bot.ask(null, "translator and interpreter pros").reply();
        assertTrue(pros.contains("work from home") && pros.contains("Every day is different"), pros);
        assertFalse(pros.contains("isolating") || pros.contains("exhausting"), pros);
    }

    @Test
    void aMoveWithinOneRoleIsNoMoveBetweenThem() {
        var reply = bot.ask(null, "can a translator become an interpreter?").reply();
        assertFalse(reply.contains("move between fields"), reply);
    }

    @Test
    void employersSayNoOutlook() {
        var reply = bot.ask(null, "is translation a growing field?").reply();
        assertTrue(reply.contains("projected to grow 2 percent"), reply);
        assertFalse(reply.contains("Most employers expect"), reply);
    }
}
