package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page on scrum masters and project managers copied as text, beside the seed: its lists lost their bullets and its
 * differences their labels in bold, and its FAQ asks whether one role is the other.
 */
class AgileCareersTest {

    private static final String PAGE = """
            Skip to main content

            Scrum Master vs. Project Manager: Which Career Is Right for You?

            Updated on Feb 12, 2025 | 7 min read

                A project manager is accountable for a project's scope, schedule and budget. A scrum master serves \
            an agile team.

                In this article

                Scrum master responsibilities
                Project manager responsibilities
                Key differences between a scrum master and a project manager

                Scrum master responsibilities

                Facilitating daily stand-ups and other Scrum ceremonies
                Removing impediments that block the development team
                Coaching the team on agile practices

                What is a project manager?

                A project manager plans, executes and closes projects.

                Project manager responsibilities

                A project manager's duties include:

                Creating project plans and budgets
                Tracking progress against milestones
                Reporting to stakeholders

                Key differences between a scrum master and a project manager

                Authority. A project manager directs the work and makes decisions about resources. A scrum master \
            has no authority over the team.

                Methodology. Scrum masters work only within agile frameworks. Project managers may use waterfall, \
            agile or hybrid approaches.

                Frequently asked questions

                Is a scrum master the same as a project manager?

                No. A scrum master does not manage scope, schedule or budget.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("scrum-master-vs-project-manager.txt", PAGE);

    @Test
    void shortLinesBetweenAHeadingAndTheNextAreTheItemsOfAList() {
        var reply = bot.ask(null, "what are the responsibilities of a scrum master?").reply();
        assertTrue(reply.contains("- Facilitating daily stand-ups and other Scrum ceremonies\n"
                + "- Removing impediments that block the development team\n"
                + "- Coaching the team on agile practices"), reply);
        assertTrue(reply.contains("— Scrum master responsibilities_"), reply);
        var led = bot.ask(null, "what are the responsibilities of a project manager?").reply();
        assertTrue(led.contains("A project manager's duties include:\n- Creating project plans and budgets\n"
                + "- Tracking progress against milestones\n- Reporting to stakeholders"), led);
    }

    @Test
    void aWordAndAFullStopLeadingEachParagraphLabelTheDifferences() {
        var reply = bot.ask(null, "scrum master vs project manager").reply();
        assertTrue(reply.contains("**Authority**\n- *Scrum master:* A scrum master has no authority over the team."),
                reply);
        assertTrue(reply.contains("**Methodology**\n- *Scrum master:* Scrum masters work only within agile frameworks."),
                reply);
        assertFalse(reply.contains("Authority."), reply);
    }

    @Test
    void whetherOneRoleIsTheOtherIsAnsweredUnderTheHeadingThatAsksIt() {
        for (var question : new String[] {"is a scrum master a project manager?",
                "is a scrum master a kind of project manager?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("No. A scrum master does not manage scope, schedule or budget."), reply);
        }
        // Not the other way round: the heading asks it of the scrum master.
        var back = bot.ask(null, "is a project manager a scrum master?").reply();
        assertFalse(back.contains("No. A scrum master does not manage"), back);
    }
}
