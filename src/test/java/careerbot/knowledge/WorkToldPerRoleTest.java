package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with no section on either role: "The work itself" tells each role's work in a paragraph led by its name
 * in bold ("Work environment" before it says where they work, in plain paragraphs), each role's skills are a list
 * under "Skills you need", and "Choosing between them" advises in a paragraph per role. What a role does is its
 * paragraph on the work; a list under a heading on the topic answers whole; advice comes from the section on choosing,
 * though no passage of it names both roles.
 */
class WorkToldPerRoleTest {

    private static final String ARTICLE = """
            ---
            title: "Data analyst vs. data scientist: how the two jobs differ"
            roles:
              - name: data analyst
                aliases: [data analysts, analyst]
              - name: data scientist
                aliases: [data scientists, scientist]
            ---

            # Data analyst vs. data scientist: how the two jobs differ

            Both jobs turn data into decisions. In practice the data analyst explains what has already happened, \
            while the data scientist builds models that predict what will happen next.

            ## Work environment

            Data analysts work in offices, often in a hybrid setup. Data scientists sit with engineering teams.

            ## The work itself

            **Data analyst.** Most of an analyst's week goes into writing SQL queries, cleaning spreadsheets and \
            building dashboards for managers.

            **Data scientist.** Data scientists spend their time training and testing statistical models and working \
            with engineers to put them into production.

            ## Skills you need

            ### Data analyst

            - SQL and spreadsheets, used every day
            - A business intelligence tool such as Tableau
            - Clear writing and presentation skills

            ### Data scientist

            - Python or R
            - Probability, statistics and linear algebra

            ## Education

            Data scientists more often hold a master's degree or a PhD in statistics or computer science.

            ## Salary and growth

            | | Data analyst | Data scientist |
            |---|---|---|
            | Median pay | $83,000 | $108,020 |
            | Growth to 2033 | 23% | 36% |

            ## Job outlook

            Employment of data scientists is projected to grow 36% by 2033. Demand for analysts is also strong.

            ## Career progression

            An analyst who learns Python can move into a junior data scientist role within two or three years. Senior \
            data scientists often move on; the analyst keeps the dashboards running.

            ## Choosing between them

            Choose data analysis if you like answering concrete business questions and want to start working quickly.

            Choose data science if you enjoy mathematics and programming and are ready for more years of study.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("data-analyst-vs-data-scientist.md", ARTICLE);

    @Test
    void whatARoleDoesIsItsParagraphOnTheWork() {
        var analyst = bot.ask(null, "what does a data analyst do?").reply();
        // The bold label heads the paragraph; it is no sentence of its own.
        assertTrue(analyst.contains("Data analyst: Most of an analyst's week goes into writing SQL queries"), analyst);
        assertFalse(analyst.contains("Clear writing") || analyst.contains("Both jobs")
                || analyst.contains("Data scientists spend") || analyst.contains("hybrid"), analyst);
        var day = bot.ask(null, "what is a typical day for a data scientist?").reply();
        assertTrue(day.contains("Data scientists spend their time training"), day);
        var compared = bot.ask(null, "data analyst vs data scientist").reply();
        assertTrue(compared.contains("Most of an analyst's week") && compared.contains("Data scientists spend"),
                compared);
    }

    @Test
    void aListUnderAHeadingOnTheTopicAnswersWhole() {
        var skills = bot.ask(null, "what skills do data analysts need?").reply();
        assertTrue(skills.contains("SQL and spreadsheets") && skills.contains("business intelligence tool")
                && skills.contains("Clear writing and presentation skills"), skills);
        assertFalse(skills.contains("Python"), skills);
    }

    @Test
    void aTableRowOnTheTopicIsQuotedWithoutTheRowsOnOthers() {
        var pay = bot.ask(null, "how much does a data scientist make?").reply();
        assertTrue(pay.contains("Median pay — Data scientist: $108,020"), pay);
        assertFalse(pay.contains("Growth to 2033") || pay.contains("$83,000"), pay);
    }

    @Test
    void adviceComesFromTheSectionOnChoosingThoughNoPassageNamesBothRoles() {
        var either = bot.ask(null, "which one should I choose?").reply();
        assertTrue(either.contains("Choose data analysis if") && either.contains("Choose data science if"), either);
        assertFalse(either.contains("projected to grow"), either);
        var scientist = bot.ask(null, "I love maths and programming, which role suits me?").reply();
        assertTrue(scientist.contains("**data scientist**") && scientist.contains("Choose data science if"),
                scientist);
    }

    @Test
    void aMoveIsToldThoughAWordStandsBeforeTheRole() {
        var move = bot.ask(null, "can a data analyst become a data scientist?").reply();
        assertTrue(move.contains("can move into a junior data scientist role"), move);
        // "… often move on; the analyst keeps …" moves no one into the analyst's role.
        var back = bot.ask(null, "can a data scientist become a data analyst?").reply();
        assertTrue(back.contains("don't cover"), back);
        // "Career progression" says the career path.
        var path = bot.ask(null, "what is the career path for a data analyst?").reply();
        assertTrue(path.contains("can move into a junior data scientist role"), path);
    }

    @Test
    void aShortWordWrittenWithCapitalsIsATopic() {
        var phd = bot.ask(null, "do data scientists need a PhD?").reply();
        assertTrue(phd.contains("a master's degree or a PhD"), phd);
        var lower = bot.ask(null, "do data scientists need a phd?").reply();
        assertTrue(lower.contains("a master's degree or a PhD"), lower);
        // Typed so, a short word the articles don't use is asked all the same: not covered, not what the role does.
        var msc = bot.ask(null, "do data scientists need an MSc?").reply();
        assertTrue(msc.contains("don't cover “MSc”"), msc);
    }
}
