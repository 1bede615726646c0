package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on architects and civil engineers, beside the seed, written aspect by aspect with a sub-section for each
 * role ("## Overview", "### Architect", "### Civil engineer"); the roles' skills in a table under "## Skills", their
 * pay and growth in one under "## Salary and growth", their pay in words in an FAQ ("Who earns more?"), the years of
 * their training, their difference said in the introduction, with no section on it, whom each suits, and terms
 * spelt out, asked in the FAQ, or only mentioned.
 */
class BuildingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Architect vs. civil engineer: how the two careers compare"
            roles:
              - name: architect
                aliases: [architects]
              - name: civil engineer
                aliases: [civil engineers]
            ---

            # Architect vs. civil engineer: how the two careers compare

            Architects and civil engineers both shape the built environment, and they often work on the same projects. The difference lies in what each one is responsible for: the architect designs how a building looks, while the civil engineer makes sure it stands up.

            ## Overview

            ### Architect

            An architect plans and designs buildings. Architects meet clients, sketch ideas and choose materials. They keep a portfolio, a collection of their best drawings and models.

            ### Civil engineer

            A civil engineer designs, builds and maintains infrastructure such as roads, bridges and tunnels.

            ## Education and licensing

            ### Civil engineer

            Civil engineers need a bachelor's degree and pass the Fundamentals of Engineering (FE) exam, then work four years under a licensed engineer before they become Professional Engineers (PE).

            ## Skills

            | Skill | Architect | Civil engineer |
            | --- | --- | --- |
            | Main strength | Creativity and visual design | Mathematics and physics |
            | Software | AutoCAD, Revit, SketchUp | AutoCAD Civil 3D |
            | Soft skills | Presenting ideas to clients | Managing contractors and budgets |

            SketchUp is a 3D modelling program that many students start with.

            ## Salary and growth

            | Measure | Architect | Civil engineer |
            | --- | --- | --- |
            | Median pay | $93,310 | $95,890 |
            | Growth to 2033 | 8% | 6% |

            ## Work environment

            Civil engineers split their time between the office and the site, where they may work outdoors in all weather. Both usually work full time, and deadlines can mean long hours.

            ## Which career is right for you?

            You might prefer civil engineering if you enjoy solving mathematical problems and like working outdoors.

            ## Frequently asked questions

            **Who earns more?**
            Civil engineers earn slightly more on average, but pay depends on experience and location.

            **What is BIM?**
            Building information modelling: one 3D model of a building that holds its parts and their data.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("architect-vs-civil-engineer.md", ARTICLE);

    @Test
    void aRolesOwnSubSectionUnderAnOverviewSaysWhatItDoes() {
        var architect = bot.ask(null, "what does an architect do?");
        assertTrue(architect.reply().contains("An architect plans and designs buildings"), architect.reply());
        assertFalse(architect.reply().contains("maintains infrastructure"), architect.reply());
        // No section on responsibilities: what the role does.
        var duties = bot.ask(null, "what are the responsibilities of a civil engineer?");
        assertTrue(duties.reply().contains("maintains infrastructure such as roads"), duties.reply());
    }

    @Test
    void theIntroductionsSentenceOnTheirDifferenceLeadsTheComparison() {
        var compared = bot.ask(null, "what's the difference between an architect and a civil engineer?");
        assertTrue(compared.reply().contains("The difference lies in what each one is responsible for"),
                compared.reply());
        assertTrue(compared.reply().contains("Main strength — Architect: Creativity"), compared.reply());
        // What they share is no difference.
        assertFalse(compared.reply().contains("shape the built environment"), compared.reply());
    }

    @Test
    void aTableUnderAHeadingOnTheTopicGivesEveryCellOfTheRole() {
        var skills = bot.ask(null, "what skills do architects need?");
        assertTrue(skills.reply().contains("Creativity and visual design") && skills.reply().contains("Revit")
                && skills.reply().contains("Presenting ideas to clients"), skills.reply());
        assertFalse(skills.reply().contains("Mathematics and physics"), skills.reply());
        // Asked of the role talked about, the section asked for by its heading gives that role's cells alone.
        var engineer = bot.ask(null, "what does a civil engineer do?");
        var theirs = bot.ask(engineer.sessionId(), "what skills do they need?");
        assertTrue(theirs.reply().contains("Main strength — Civil engineer: Mathematics and physics"), theirs.reply());
        assertFalse(theirs.reply().contains("Creativity"), theirs.reply());
    }

    @Test
    void anAmountAskedIsAnsweredByAFigure() {
        var pay = bot.ask(null, "how much does a civil engineer earn?");
        assertTrue(pay.reply().contains("Median pay — Civil engineer: $95,890"), pay.reply());
        // The table's other row, under a heading on pay and something else, is no answer on pay.
        assertFalse(pay.reply().contains("Growth to 2033"), pay.reply());
        // Asked otherwise, the passage that says the word as asked still comes first.
        var more = bot.ask(null, "who earns more, architects or civil engineers?");
        assertTrue(more.reply().contains("Civil engineers earn slightly more"), more.reply());
    }

    @Test
    void aTermTheArticlesOnlyMentionIsSaidNotToBeDefined() {
        var revit = bot.ask(null, "what is Revit?");
        assertTrue(revit.reply().contains("My articles don't define Revit; they mention it here:"), revit.reply());
        assertTrue(revit.reply().contains("AutoCAD, Revit, SketchUp"), revit.reply());
        // Spelt out, headed by the term, or said as what it is: defined.
        var definedTerms = List.of("what is a PE?", "what is the FE exam?", "what is BIM?", "what is SketchUp?",
                "what is a portfolio?", "what is a product backlog?");
        for (var question : definedTerms) {
            var defined = bot.ask(null, question);
            assertFalse(defined.reply().contains("don't define"), question + ": " + defined.reply());
            assertFalse(defined.sources().isEmpty(), question + ": " + defined.reply());
        }
    }

    @Test
    void whatTheRoleDoesAnswersBeforeWhomItSuits() {
        var outdoors = bot.ask(null, "do civil engineers work outdoors?");
        assertTrue(outdoors.reply().contains("may work outdoors in all weather"), outdoors.reply());
        assertFalse(outdoors.reply().contains("You might prefer"), outdoors.reply());
    }

    @Test
    void theHoursOfWorkAreNotTheYearsOfTraining() {
        var hours = bot.ask(null, "how many hours do civil engineers work?");
        assertTrue(hours.reply().contains("long hours"), hours.reply());
        assertFalse(hours.reply().contains("four years"), hours.reply());
    }
}
