package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on front-end and back-end developers, beside the seed: roles whose names hold a hyphenated word, typed
 * run together or apart; roles told apart by their first word alone ("front-end or back-end?"); a move either way
 * asked by a heading ("Can you switch between them?") and answered by a sentence naming neither role in full; how to
 * become either told under "How to get started"; who each works with in a table row.
 */
class WebDevelopersTest {

    private static final String ARTICLE = """
            ---
            title: "Front-end developer or back-end developer: which path should you take?"
            roles:
              - name: front-end developer
                aliases: [frontend developer, front-end developers, front-end engineer]
              - name: back-end developer
                aliases: [backend developer, back-end developers, back-end engineer]
            ---

            # Front-end developer or back-end developer: which path should you take?

            ### What is a front-end developer?

            A front-end developer builds the part of a website or application that users interact with directly.

            ### What is a back-end developer?

            A back-end developer builds and maintains the server side of an application: the APIs, databases and services that store data and apply the business rules.

            ### Languages and tools

            | | Front-end developer | Back-end developer |
            | --- | --- | --- |
            | Core languages | HTML, CSS and JavaScript | Java, Python, C# or Go |
            | Works with | Designers and UX researchers | Database administrators and DevOps engineers |

            ### Salary

            Respondents in the United States reported a median salary of $130,000 for front-end developers and $150,000 for back-end developers.

            ### How to get started

            1. Learn the basics of HTML, CSS and JavaScript; every web developer needs them.
            2. Build a small project end to end, such as a to-do list with a login.
            3. Publish your projects on GitHub so employers can see your code.

            ### Can you switch between them?

            Yes. Plenty of developers move from front end to back end or the other way around, and some become full-stack developers who work on both.

            ### Which one is right for you?

            If you like visual work and care how things look and feel, front-end development may suit you. If you prefer logic, data and systems, back-end development may be the better fit.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("front-end-vs-back-end-developer.md", ARTICLE);

    @Test
    void aHyphenatedNameIsKnownRunTogetherOrApart() {
        for (var question : List.of("what does a front end engineer do?", "what does a frontend enginer do?",
                "what does a back end developer do?")) {
            var reply = bot.ask(null, question);
            assertEquals(1, reply.roles().size(), question + ": " + reply.roles());
            assertTrue(reply.reply().contains("builds"), question + ": " + reply.reply());
        }
    }

    @Test
    void rolesToldApartByTheirFirstWordAloneAreBothNamed() {
        var pay = bot.ask(null, "frontend or backend, which pays more?");
        assertEquals(List.of("front-end developer", "back-end developer"), pay.roles());
        assertTrue(pay.reply().contains("$150,000"), pay.reply());
        // With the head after them, the second names its role with the head.
        var headed = bot.ask(null, "frontend and backend developers, how do they differ?");
        assertEquals(2, headed.roles().size(), headed.reply());
        assertFalse(headed.reply().contains("I don't have an article"), headed.reply());
    }

    @Test
    void aHeadingAskingAMoveEitherWayAnswersTheMove() {
        var move = bot.ask(null, "can a front-end developer become a back-end developer?");
        assertTrue(move.reply().contains("Plenty of developers move"), move.reply());
        var back = bot.ask(null, "can a backend developer switch to frontend development?");
        assertTrue(back.reply().contains("Plenty of developers move"), back.reply());
    }

    @Test
    void howToBecomeARoleIsTheSectionOnGettingStartedWhenNoPassageSaysItsEducation() {
        for (var question : List.of("how do I become a front-end developer?",
                "how do I get started as a backend developer?")) {
            var steps = bot.ask(null, question);
            assertTrue(steps.reply().contains("Learn the basics") && steps.reply().contains("Publish your projects"),
                    question + ": " + steps.reply());
        }
        // A duration is asked too, which the steps don't promise.
        var howLong = bot.ask(null, "how long does it take to become a front-end developer?");
        assertFalse(howLong.reply().contains("Learn the basics"), howLong.reply());
        // Of both roles talked about, the steps they share are quoted once.
        var compared = bot.ask(null, "frontend vs backend developer");
        var either = bot.ask(compared.sessionId(), "how do I become one?");
        assertTrue(either.reply().contains("Learn the basics"), either.reply());
        assertEquals(either.reply().indexOf("Learn the basics"), either.reply().lastIndexOf("Learn the basics"),
                either.reply());
    }

    @Test
    void aTableRowSayingATopicInAPhraseAnswersItForEachRoleByItsCell() {
        var front = bot.ask(null, "who do front-end developers work with?");
        assertTrue(front.reply().contains("Works with — Front-end developer: Designers"), front.reply());
        assertFalse(front.reply().contains("Database administrators"), front.reply());
        var back = bot.ask(null, "who do backend developers work with?");
        assertTrue(back.reply().contains("Works with — Back-end developer: Database administrators"), back.reply());
        var both = bot.ask(null, "who do front-end and back-end developers work with?");
        assertTrue(both.reply().contains("researchers; Back-end developer: Database administrators"), both.reply());
    }

    @Test
    void theVerbOfAChoiceIsNoLiking() {
        // "Take" is in the seed's "the product manager may take a broader view": no reason to advise the PM.
        var advice = bot.ask(null, "which path should I take?");
        assertFalse(advice.reply().contains("From what you say you like"), advice.reply());
        assertTrue(advice.reply().contains("visual work"), advice.reply());
    }
}
