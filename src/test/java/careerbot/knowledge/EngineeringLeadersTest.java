package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on tech leads and engineering managers, beside the seed, whose long title says "grow" of a career and
 * stands over a byline.
 */
class EngineeringLeadersTest {

    private static final String ARTICLE = """
            Tech lead vs. engineering manager: two ways to grow as a senior engineer
            By the Careers Desk · 8 min read
            Most software engineers reach a point where they must choose between two paths. One leads to the tech \
            lead role, which keeps you close to the code. The other leads to the engineering manager role, which puts \
            people first. Both are leadership jobs, but they lead in different ways.
            What is a tech lead?
            A tech lead is a senior engineer who guides the technical direction of one team.
            What is an engineering manager?
            An engineering manager (EM) is responsible for the people on a team and for what the team delivers.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("tech-lead-vs-engineering-manager.txt", ARTICLE);

    @Test
    void aBylineIsNoPartOfTheTitle() {
        var sources = bot.ask(null, "what does a tech lead do?").sources();
        assertEquals("Tech lead vs. engineering manager: two ways to grow as a senior engineer", sources.get(0).title(),
                sources.toString());
    }

    @Test
    void aTitleOnGrowingTellsNoOutlook() {
        var reply = bot.ask(null, "what is the job outlook for engineering managers?").reply();
        assertFalse(reply.contains("leadership jobs"), reply);
        assertTrue(reply.contains("don't cover"), reply);
    }
}
