package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose section on the differences sets the roles against each other within one sentence ("Scrum masters
 * work within agile frameworks, while project managers may use …"): each role's clause is its side; or within one
 * clause ("… more status reports than scrum masters"), quoted whole.
 */
class DifferencesInOneSentenceTest {

    private static final String ARTICLE = """
            ---
            title: "Career paths: Scrum master vs. project manager"
            roles:
              - name: scrum master
                aliases: [scrum masters]
              - name: project manager
                aliases: [project managers]
            ---

            # Career paths: Scrum master vs. project manager

            Scrum masters and project managers both help teams deliver work.

            ## What does a scrum master do?

            A scrum master coaches a team to use Scrum and removes obstacles.

            ## What does a project manager do?

            A project manager plans a project, assigns the work and tracks the budget.

            ## What are some differences between a scrum master and a project manager?

            Scrum masters and project managers are often confused.

            The scrum master has no authority over the team and does not assign work. The project manager assigns \
            tasks and answers for the outcome. Scrum masters work within agile frameworks, while project managers may \
            use agile, waterfall or hybrid methods rather than Scrum alone. Project managers usually write more \
            status reports than scrum masters.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("scrum-master-vs-project-manager.md", ARTICLE);

    @Test
    void aSentenceOnBothRolesGivesEachItsClause() {
        var compared = bot.ask(null, "scrum master vs project manager").reply();
        assertTrue(compared.contains("*Scrum master:* The scrum master has no authority over the team and does not "
                + "assign work. Scrum masters work within agile frameworks."), compared);
        assertTrue(compared.contains("*Project manager:* The project manager assigns tasks and answers for the "
                + "outcome. Project managers may use agile, waterfall or hybrid methods rather than Scrum alone."),
                compared);
        // The clause is what the user's words are weighed against: agile frameworks are said of one role.
        var advice = bot.ask(null, "I like agile frameworks, which role suits me?").reply();
        assertTrue(advice.contains("**scrum master**") && advice.contains("Scrum masters work within agile frameworks."),
                advice);
        assertFalse(advice.contains("waterfall"), advice);
    }

    @Test
    void aSentenceComparingBothRolesInOneClauseIsQuotedWhole() {
        var compared = bot.ask(null, "scrum master vs project manager").reply();
        assertTrue(compared.contains("\n\nProject managers usually write more status reports than scrum masters."),
                compared);
        assertFalse(compared.contains("frameworks, while"), "a sentence split in a clause each is not quoted whole too: "
                + compared);
        assertFalse(compared.contains("often confused"), "naming both is no difference: " + compared);
        var onReports = bot.ask(null, "how do scrum masters and project managers differ on status reports?").reply();
        assertTrue(onReports.contains("Project managers usually write more status reports than scrum masters."),
                onReports);
        assertFalse(onReports.contains("agile frameworks"), "only the difference asked: " + onReports);
    }
}
