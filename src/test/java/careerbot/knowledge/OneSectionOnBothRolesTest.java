package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that describes both roles in one section, a paragraph each, and says where they work: what one role
 * does is its own paragraph; where it works, or what it does somewhere, is what the article says of that.
 */
class OneSectionOnBothRolesTest {

    private static final String ARTICLE = """
            ---
            title: "Architect vs. civil engineer"
            roles:
              - name: architect
                aliases: [architects]
              - name: civil engineer
                aliases: [civil engineers]
            ---

            # Architect vs. civil engineer

            Architects and civil engineers often work on the same projects.

            ## Role overview

            **Architects** design buildings and spaces. They meet clients, sketch concepts and produce drawings.

            **Civil engineers** design roads, bridges and the structural frames of buildings. They calculate loads
            and choose materials.

            ## Work environment

            Most architects work in design studios and visit construction sites regularly. Civil engineers split
            their time between offices and sites, and some work outdoors for long periods.

            ## Education and licensing

            Architects complete a five-year degree and pass a registration exam.

            ## Salary

            The median annual wage was $93,310 for architects and $95,890 for civil engineers.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("architect-vs-civil-engineer.md", ARTICLE);

    @Test
    void eachRoleIsDescribedByItsOwnParagraph() {
        var architect = bot.ask(null, "what does an architect do?");
        assertTrue(architect.reply().contains("design buildings and spaces"), architect.reply());
        assertFalse(architect.reply().contains("calculate loads"), "the civil engineer's paragraph: " + architect.reply());

        var versus = bot.ask(null, "architect vs civil engineer");
        assertTrue(versus.reply().contains("**Architect**\nArchitects design buildings"), versus.reply());
        assertTrue(versus.reply().contains("**Civil engineer**\nCivil engineers design roads"), versus.reply());
        assertEquals(1, versus.reply().split("design buildings and spaces", -1).length - 1, versus.reply());

        var common = bot.ask(null, "what do architects and civil engineers have in common?");
        assertTrue(common.reply().contains("work on the same projects"), common.reply());
    }

    @Test
    void whereARoleWorksAndWhatItDoesThereAreWhatTheArticleSaysOfIt() {
        var where = bot.ask(null, "where do architects work?");
        assertTrue(where.reply().contains("work in design studios"), where.reply());
        assertEquals(List.of("Work environment"), where.sources().stream().map(s -> s.section()).toList());

        var onSite = bot.ask(null, "what does an architect do on a construction site?");
        assertTrue(onSite.reply().contains("visit construction sites"), onSite.reply());
        assertFalse(onSite.reply().contains("split their time"), "the sentence on sites, not the passage: " + onSite.reply());

        var outside = bot.ask(null, "do civil engineers work outside?");
        assertTrue(outside.reply().contains("work outdoors"), outside.reply());

        var licences = bot.ask(null, "what licences does an architect need?");
        assertTrue(licences.reply().contains("pass a registration exam"), "spelt otherwise: " + licences.reply());
    }

    @Test
    void whatTheUserWantsToDoIsAQuestionOfWhichRoleSuitsThem() {
        var want = bot.ask(null, "I want to design buildings");
        assertEquals("career_advice", want.intent().name(), "not \"which role do you mean?\": " + want.reply());
        assertFalse(want.sources().isEmpty(), want.reply());
        assertTrue(want.reply().contains("design"), want.reply());
    }

    @Test
    void tellMeMorePassesOverWhatTheArticleDoesNotCover() {
        var overview = bot.ask(null, "tell me about architects");
        var more = bot.ask(overview.sessionId(), "tell me more");
        assertFalse(more.sources().isEmpty(), "no responsibilities or examples to give, so the comparison: " + more.reply());
        assertEquals("role_comparison", more.intent().name(), more.reply());
    }
}
