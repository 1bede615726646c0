package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second article beside the first, on roles whose names share a word with the outlook words ("projected" stems to
 * "project"), whose sections on one role mention the other in passing, with duties as a list under a lead-in and no
 * section on the outlook; questions that name no role and are answered from whichever article holds their topic.
 */
class TopicsAcrossArticlesTest {

    private static final String ARTICLE = """
            ---
            title: "Project manager vs. program manager"
            roles:
              - name: project manager
                aliases: [project managers]
              - name: program manager
                aliases: [program managers]
            ---

            # Project manager vs. program manager

            Project managers and program managers both keep organizations delivering. A professional body estimates
            that employers will need 25 million new project professionals by 2030.

            ## What is a project manager?

            A project manager plans and runs a single project from kickoff to close. Many project managers work for
            utilities and construction firms, and many report to a program manager.

            ## What is a program manager?

            A program manager oversees a group of related projects that together serve a larger business goal.

            ## Project manager duties

            - build the schedule and the budget
            - report progress to the program manager

            ## Program manager duties

            Program managers usually:

            - define the program's goals and how its projects support them
            - coordinate resources and dependencies across projects
            - report status to stakeholders

            ## Skills

            Project managers rely on scheduling and budgeting. Program managers need strategic thinking, stakeholder
            management and the ability to see how many projects fit together.

            ## Certifications

            Program managers often pursue the PgMP (Program Management Professional) after several years of managing
            projects.

            ## Key differences

            - Time frame: projects end when their result is delivered; programs can run for years.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("project-manager-vs-program-manager.md", ARTICLE);

    @Test
    void aQuestionNamingNoRoleIsAnsweredFromTheArticleThatHoldsItsTopic() {
        var certificate = bot.ask(null, "what is the PgMP?");
        assertTrue(certificate.reply().contains("pursue the PgMP"), certificate.reply());
        assertEquals("Certifications", certificate.sources().get(0).section());
        var timeFrame = bot.ask(null, "what's the time frame of a program?");
        assertTrue(timeFrame.reply().contains("programs can run for years"), timeFrame.reply());
        // "utilities" cut to "utilitie" stems otherwise than the article's word: no reason to call it unknown.
        var utilities = bot.ask(null, "what about utilities?");
        assertTrue(utilities.reply().contains("work for utilities and construction firms"), utilities.reply());
        var unknown = bot.ask(null, "what is the capital of France?");
        assertTrue(unknown.sources().isEmpty(), "nothing to quote: " + unknown.reply());
    }

    @Test
    void aTermIsQuotedFromWhereAllItsWordsStand() {
        var definition = bot.ask(null, "what is stakeholder management?");
        assertTrue(definition.reply().startsWith("**Stakeholder management**"), definition.reply());
        assertTrue(definition.reply().contains("strategic thinking, stakeholder management"), definition.reply());
        assertFalse(definition.reply().contains("report status"), "not the shortest passage on stakeholders");
        var who = bot.ask(null, "who needs stakeholder management?");
        assertTrue(who.reply().contains("strategic thinking, stakeholder management"), who.reply());
        assertFalse(who.reply().contains("report status"), who.reply());
    }

    @Test
    void theOutlookOfRolesWhoseNamesShareAnOutlookWordIsNotTheirDuties() {
        var outlook = bot.ask(null, "what is the job outlook for project managers?");
        assertTrue(outlook.reply().contains("25 million new project professionals"), outlook.reply());
        assertFalse(outlook.reply().contains("from kickoff to close"), outlook.reply());
    }

    @Test
    void aSectionHeadedByOneRoleIsNotTheOtherRolesThoughItMentionsIt() {
        var overview = bot.ask(null, "what does a program manager do?");
        assertTrue(overview.reply().contains("oversees a group of related projects"), overview.reply());
        assertFalse(overview.reply().contains("kickoff"), overview.reply());
        var duties = bot.ask(null, "program manager responsibilities");
        assertTrue(duties.reply().contains("coordinate resources"), duties.reply());
        assertFalse(duties.reply().contains("build the schedule"), duties.reply());
    }

    @Test
    void anExampleAtAPlaceIsNotCoveredByAnArticleWithoutExamples() {
        var atABank = bot.ask(null, "examples of project manager work at a bank");
        assertTrue(atABank.sources().isEmpty(), "the passages that best match are no example there: " + atABank.reply());
        assertTrue(atABank.reply().contains("don't cover that for the project manager role"), atABank.reply());
    }

    @Test
    void theParagraphIntroducingAListOfDutiesIsNoItemOfIt() {
        var duties = bot.ask(null, "what are the program manager's duties?");
        assertTrue(duties.reply().contains("Program managers usually:\n- define the program's goals"), duties.reply());
        assertFalse(duties.reply().contains("- Program managers usually:"), duties.reply());
    }

    @Test
    void theyAreTheRoleAskedAboutAndTheOneBeforeItFromAnotherArticle() {
        var first = bot.ask(null, "what does a program manager do?");
        var then = bot.ask(first.sessionId(), "and a product owner?");
        assertEquals(List.of("product owner"), then.roles(), then.reply());
        bot.ask(first.sessionId(), "what are the product owner's responsibilities?");
        var compared = bot.ask(first.sessionId(), "how do they differ?");
        assertEquals(List.of("product owner", "program manager"), compared.roles(), compared.reply());
        assertTrue(compared.reply().contains("oversees a group of related projects"), compared.reply());
    }
}
