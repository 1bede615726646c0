package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose examples are a list under the section on each role, with no heading of their own, beside a table
 * that sets the roles side by side "Day to day".
 */
class NewsroomRolesTest {

    private static final String ARTICLE = """
            ---
            title: "Journalist vs. public relations specialist"
            roles:
              - name: journalist
                aliases: [reporter, reporters, journalists]
              - name: public relations specialist
                aliases: [PR specialist, PR specialists, publicist]
            ---

            # Journalist vs. public relations specialist

            Journalists and public relations specialists both write for a living, on opposite sides of the news.

            ## What journalists do

            Journalists research, investigate and report news for newspapers, websites, radio and television.

            - A local reporter might cover a city council meeting and file a story the same evening.
            - A data journalist could analyze public records to show how school funding differs between neighborhoods.

            ## What PR specialists do

            Public relations specialists create and maintain a favorable public image for the organization they represent.

            - A PR specialist at a hospital might announce a new cancer center.
            - During a product recall, a PR specialist drafts the company's statement.

            ## Day to day

            | Task | Journalist | PR specialist |
            | --- | --- | --- |
            | Writing | News stories and features | Press releases and speeches |
            | Who they serve | Readers and viewers | Their employer or clients |
            | Deadlines | Daily, often hourly | Set by campaigns and events |
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("journalist-vs-pr-specialist.md", ARTICLE);

    @Test
    void examplesListedUnderTheSectionOnTheRoleAreItsExamplesNotATableComparingTheRoles() {
        var examples = bot.ask(null, "examples of a journalist's work");
        assertTrue(examples.reply().contains("- A local reporter might cover a city council meeting"),
                examples.reply());
        assertFalse(examples.reply().contains("Writing"), examples.reply());
    }

    @Test
    void whatARoleDoesIsAnsweredByItsCellOfATableRow() {
        var served = bot.ask(null, "who do journalists serve?");
        assertTrue(served.reply().contains("Who they serve — Journalist: Readers and viewers"), served.reply());
        assertFalse(served.reply().contains("clients"), served.reply());
    }

    @Test
    void aKindOfTheRoleAskedPicksItsExample() {
        var kind = bot.ask(null, "what does a data journalist do?");
        assertTrue(kind.reply().contains("A data journalist could analyze public records"), kind.reply());
        assertFalse(kind.reply().contains("A local reporter"), kind.reply());
    }
}
