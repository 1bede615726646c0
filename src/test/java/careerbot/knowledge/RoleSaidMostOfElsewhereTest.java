package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on the product manager and the project manager, in a file that sorts before the first article: the
 * product manager is still told of where most is said of it (its responsibilities, in the first article), and advice
 * weighs everything the new article says when that tells more of what the user likes than its differences do.
 */
class RoleSaidMostOfElsewhereTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: What's the difference between a product manager and a project manager?

            Published January 15, 2025

                Product managers and project managers both lead teams, so the two jobs are easy to mix up.

                What does a project manager do?

                Project managers plan, run, and close projects within a budget and a deadline.

                Typical project manager responsibilities

                A project manager's responsibilities may include:

                Planning the project

                Project managers break the work into tasks and build a schedule that the sponsors approve.

                What are some differences between a product manager and a project manager?

                The product manager owns the product over its whole life. The project manager owns a project, which ends when its goal is delivered.

                Product managers spend much of their time with customers and market research. Project managers spend much of their time with the team doing the work.

                Final thoughts

                If you enjoy deciding what should be built and talking to customers, product management may suit you. If you enjoy organizing people and schedules, consider project management.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("product-manager-vs-project-manager.txt", ARTICLE);

    @Test
    void aRoleIsToldOfWhereMostIsSaidOfIt() {
        var duties = bot.ask(null, "what are the typical responsibilities of a product manager?");
        assertEquals(List.of("product manager"), duties.roles());
        assertTrue(duties.reply().contains("**Defining market and customer needs**"), duties.reply());
        assertTrue(duties.reply().contains("**Product lifecycle management**"), duties.reply());
        assertFalse(duties.reply().contains("project manager"), duties.reply());
        var overview = bot.ask(null, "what does a product manager do?");
        assertTrue(overview.reply().contains("holistic view of a product"), overview.reply());
        assertFalse(overview.reply().contains("Project managers"), overview.reply());
        // The new article's own role, as before.
        var project = bot.ask(null, "what are the responsibilities of a project manager?");
        assertTrue(project.reply().contains("**Planning the project**"), project.reply());
    }

    @Test
    void adviceWeighsTheWholeArticleWhenItTellsMoreOfWhatTheUserLikes() {
        var advice = bot.ask(null, "I like talking to customers");
        assertEquals(List.of("product manager"), advice.roles(), advice.reply());
        assertTrue(advice.reply().contains("talking to customers, product management may suit you"), advice.reply());
    }
}
