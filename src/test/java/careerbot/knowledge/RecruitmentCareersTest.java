package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on recruiters and headhunters with no front matter, whose fees stand in a table: "fee", a word too short
 * to be a topic unless the synonym rules name it, is asked about.
 */
class RecruitmentCareersTest {

    private static final String ARTICLE = """
            # Recruiter vs. headhunter: how they differ

            Both find people for jobs, but they work in different ways and usually for different kinds of roles.

            ## Recruiters

            A recruiter fills open positions, from entry-level to management. Recruiters post job ads, screen
            applications and interview candidates.

            ## Headhunters

            A headhunter finds candidates for senior and specialist roles. Headhunters rarely advertise: they approach
            people who already have jobs.

            ## How they are paid

            | | Recruiter | Headhunter |
            |---|---|---|
            | Paid by | The employer | The client company |
            | Fee | Agency: 15–20% of the new hire's first-year salary | 25–35% of the first-year salary |
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("recruiter-vs-headhunter.md", ARTICLE);

    @Test
    void aShortWordOfTheSynonymRulesIsATopic() {
        var fee = bot.ask(null, "what fee does a headhunter get?").reply();
        assertTrue(fee.contains("25–35% of the first-year salary"), fee);
    }
}
