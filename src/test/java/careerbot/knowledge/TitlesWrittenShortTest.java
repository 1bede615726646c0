package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on software engineers and software developers, which lists no aliases: the short forms of the
 * synonym rules name them ("dev", "SWE"); a name the article writes ("Git") is a term to define, though short; a
 * sentence on moving between "the two titles" answers a move either way; and a question on what to learn, stating
 * nothing the user likes, is answered by what the article says of it.
 */
class TitlesWrittenShortTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: What's the difference between a software engineer and a software developer?

            Published October 2, 2024

                Software engineers and software developers both write code for a living. Key differences lie in their scope.

                What does a software engineer do?

                Software engineers apply engineering principles to the design of large software systems.

                What does a software developer do?

                Software developers build applications that let people do specific tasks on a computer or phone.

                Skills and education

                Most software engineers and software developers have a bachelor's degree in computer science.

                Both roles need programming languages such as Java or Python, version control with Git, and the ability to explain technical ideas.

                What are some differences between a software engineer and a software developer?

                Software engineers tend to focus on whole systems. In contrast, software developers tend to focus on individual applications.

                Final thoughts

                If you like designing large systems, software engineering may suit you. Many people move between the two titles during their careers.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("software-engineer-vs-software-developer.txt", ARTICLE);

    @Test
    void shortFormsOfTheSynonymRulesNameTheRoles() {
        var compared = bot.ask(null, "SWE vs dev?");
        assertEquals(List.of("software engineer", "software developer"), compared.roles(), compared.reply());
        assertTrue(compared.reply().contains("focus on whole systems"), compared.reply());
        var dev = bot.ask(null, "what's a dev?");
        assertEquals(List.of("software developer"), dev.roles(), dev.reply());
        assertTrue(dev.reply().contains("build applications"), dev.reply());
        assertEquals(List.of("software developer"), bot.ask(null, "what do software devs do?").roles());
    }

    @Test
    void aShortNameTheArticleWritesIsATermToDefine() {
        var git = bot.ask(null, "what is git?");
        assertEquals("concept_definition", git.intent().name(), git.reply());
        assertTrue(git.reply().startsWith("**Git**"), git.reply());
        assertTrue(git.reply().contains("version control with Git"), git.reply());
        // Capitalised where a sentence starts ("Key differences…"), a word is no name: no topic of its own.
        var differences = bot.ask(null, "what are the key differences between a software engineer and a developer?");
        assertTrue(differences.reply().contains("focus on whole systems"), differences.reply());
    }

    @Test
    void movingBetweenTheTwoTitlesAnswersAMoveEitherWay() {
        for (var question : List.of("can a developer become an engineer?",
                "can a software engineer switch to software development?")) {
            var move = bot.ask(null, question);
            assertTrue(move.reply().contains("Many people move between the two titles"), question + ": " + move.reply());
        }
    }

    @Test
    void whatToLearnStatingNoLikingIsAnsweredByTheArticle() {
        var learn = bot.ask(null, "which programming languages should I learn?");
        assertTrue(learn.reply().contains("Both roles need programming languages"), learn.reply());
        // Saying what the user likes is still advice.
        var advice = bot.ask(null, "which suits someone who loves designing large systems?");
        assertEquals(List.of("software engineer"), advice.roles(), advice.reply());
    }
}
