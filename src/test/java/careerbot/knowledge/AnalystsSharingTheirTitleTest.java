package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on two roles whose names end in the same word, beside the first article: "an analyst" alone asks
 * which one; who each works with is what a sentence says in a phrase ("work with other analysts"); "paid well" asks
 * the salary; "busines" is "business"; "where" in passing says nothing of where they work.
 */
class AnalystsSharingTheirTitleTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: What's the difference between a data analyst and a business analyst?

            Published September 12, 2024

                Data analysts and business analysts both help organizations make better decisions.

                What does a data analyst do?

                Data analysts collect, clean, and interpret data sets to answer a question. Data analysts often work with data from many sources, and show how well a team is doing.

                Examples of the work of a data analyst

                • A data analyst at a hospital could build a dashboard that shows where delays happen.

                What does a business analyst do?

                Business analysts find ways to improve how an organization works. They work closely with stakeholders, project managers, and developers. Many also use Excel and SQL.

                What are some differences between a data analyst and a business analyst?

                A data analyst focuses on the data itself. A business analyst focuses on the business and its processes.

                Data analysts often work with other analysts and with managers who ask them questions.

                Salary

                According to Glassdoor, the average base salary of a data analyst is $76,000 a year, and that of a business analyst $85,000.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("data-analyst-vs-business-analyst.txt", ARTICLE);

    @Test
    void aWordEndingBothNamesAsksWhichRoleAndKeepsThemForWhatFollows() {
        var analyst = bot.ask(null, "what does an analyst do?");
        assertEquals("Which analyst do you mean: the data analyst or the business analyst?", analyst.reply());
        assertEquals(List.of("data analyst", "business analyst"), analyst.roles());
        var differ = bot.ask(analyst.sessionId(), "how do they differ?");
        assertTrue(differ.reply().contains("A data analyst focuses on the data itself"), differ.reply());
        // Named alone by the last word of its name, as before.
        assertEquals(List.of("product owner"), bot.ask(null, "what does an owner do?").roles());
    }

    @Test
    void aRoleAloneAfterWhichRoleDoYouMeanIsAskedTheQuestion() {
        var asked = bot.ask(null, "what are the responsibilities?");
        assertTrue(asked.reply().startsWith("Which role do you mean"), asked.reply());
        var chosen = bot.ask(asked.sessionId(), "I mean the product manager");
        assertEquals("role_responsibilities", chosen.intent().name(), chosen.reply());
        assertTrue(chosen.reply().contains("Defining market and customer needs"), chosen.reply());
        var outlook = bot.ask(null, "what is the job outlook?");
        var owners = bot.ask(outlook.sessionId(), "product owners");
        assertTrue(owners.reply().contains("15%"), owners.reply());
        // After an answer on a role, a role alone asks what it does, as before.
        var overview = bot.ask(bot.ask(null, "what are the PO's responsibilities?").sessionId(), "product manager");
        assertEquals("role_overview", overview.intent().name(), overview.reply());
    }

    @Test
    void whoARoleWorksWithIsTheSentenceThatSaysItInAPhrase() {
        var data = bot.ask(null, "who do data analysts work with?");
        assertTrue(data.reply().contains("work with other analysts and with managers"), data.reply());
        assertFalse(data.reply().contains("work with data"), "data are no colleagues: " + data.reply());
        var business = bot.ask(null, "who does a business analyst collaborate with?");
        assertTrue(business.reply().contains("work closely with stakeholders, project managers, and developers"),
                business.reply());
        var owner = bot.ask(null, "who does a product owner work with?");
        assertTrue(owner.reply().contains("work closely with software development teams"), owner.reply());
    }

    @Test
    void theyInAQuestionAskingWhoAreTheRolesTalkedAbout() {
        var overview = bot.ask(null, "what does a data analyst do?");
        var with = bot.ask(overview.sessionId(), "who do they work with?");
        assertEquals(List.of("data analyst"), with.roles(), with.reply());
        assertTrue(with.reply().contains("work with other analysts"), with.reply());
        // "Who" with no role named nor talked about still asks which role does it.
        var who = bot.ask(null, "who manages the product backlog?");
        assertTrue(who.reply().contains("Product owners"), who.reply());
    }

    @Test
    void paidWellAsksTheSalaryAndImportantAsksWhatTheArticlesSay() {
        var paid = bot.ask(null, "are data analysts paid well?");
        assertTrue(paid.reply().contains("$76,000"), paid.reply());
        var sql = bot.ask(null, "is SQL important for business analysts?");
        assertTrue(sql.reply().contains("Many also use Excel and SQL."), sql.reply());
    }

    @Test
    void aSlipInAWordEndingInSIsNoPlural() {
        var typo = bot.ask(null, "what does a busines analyst do?");
        assertEquals(List.of("business analyst"), typo.roles(), typo.reply());
        assertTrue(typo.reply().contains("improve how an organization works"), typo.reply());
    }

    @Test
    void whereSaidInPassingIsNoWorkplace() {
        var where = bot.ask(null, "where do data analysts work?");
        assertFalse(where.reply().contains("where delays happen"), where.reply());
    }
}
