package careerbot.knowledge;

import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static careerbot.knowledge.KnowledgeFolderTest.ask;
import static careerbot.knowledge.KnowledgeFolderTest.serverWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article whose headings name the roles without asking about them ("The accountant's job"), whose duties are a
 * list under a paragraph that ends with a colon, and which covers pay and qualifications; questions that ask about
 * pay or qualifications without naming them ("how much does … make?", "how do I become …?"); topics quoted from a
 * passage on two roles at once, or from a section headed by them.
 */
class ListsAndImpliedTopicsTest {

    private static final String ARTICLE = """
            ---
            title: "Accountant or financial analyst: which finance career fits you?"
            published: 2025-09-14
            roles:
              - name: accountant
                aliases: [accountants, CPA, certified public accountant]
              - name: financial analyst
                aliases: [financial analysts, FA, finance analyst]
            ---

            # Accountant or financial analyst: which finance career fits you?

            Accountants and financial analysts both work with numbers, but they look in different
            directions. An accountant records and checks what has already happened to an organisation's
            money. A financial analyst uses that record to forecast what might happen next and to advise
            on investments. Both are found in companies of every size.

            ## The accountant's job

            Accountants prepare and examine financial records. They make sure that records are accurate
            and that taxes are paid properly and on time. Many accountants work for accounting firms,
            while others work inside companies or for government agencies. Accountants who become financial
            analysts often work for the same firms.

            Day to day, an accountant might:

            - reconcile bank statements and ledgers
            - prepare tax returns and financial statements
            - audit records for errors or fraud
            - advise managers on ways to reduce costs

            ## The financial analyst's job

            Financial analysts guide businesses and individuals in decisions about spending money to make
            a profit. They assess the performance of stocks, bonds and other investments.

            Typical tasks of a financial analyst include:

            - building financial models in spreadsheets
            - studying economic trends and company reports
            - recommending whether to buy or sell an investment
            - presenting forecasts to executives or clients

            Financial analysts work in Excel for much of the day, and at the year's end they work in a team.

            Financial analysts often work for banks, insurance companies and investment funds.

            ## Skills you need

            Both careers need strong maths and attention to detail. Accountants rely on a thorough
            knowledge of tax law and accounting standards. Financial analysts need good judgement about
            markets and the ability to explain a forecast to people who are not specialists.

            ## Education and certification

            Most accountants hold a bachelor's degree in accounting. Accountants who file reports with the
            Securities and Exchange Commission must be a Certified Public Accountant (CPA), which requires
            passing a four-part exam.

            Financial analysts usually need a bachelor's degree in finance, economics or statistics. Many
            later earn the Chartered Financial Analyst (CFA) credential, which takes three exams.

            ## Pay and job prospects

            Accountants earned a median salary of $79,880 in 2023, according to the U.S. Bureau of Labor
            Statistics. Employment of accountants is projected to grow 4% from 2023 to 2033.

            Financial analysts earned a median salary of $99,890 in 2023. Their employment is projected to
            grow 9% over the same period.

            ## Examples of the work

            - An accountant at a retail chain closes the books each month and checks the figures financial analysts use.
            - An accountant at a software company checks the licence fees it pays.
            - A financial analyst at an investment fund builds models from the statements accountants prepare.

            ## Which one should you choose?

            If you enjoy order, rules and making sure the numbers add up, accounting may suit you. If you
            like markets, predictions and persuading people, you may prefer financial analysis.
            """;

    /** One passage on both roles, each sentence on one; "training" (a synonym of "degree") in another sense. */
    private static final String ARTICLE_ON_TWO_ROLES_AT_ONCE = """
            ---
            title: "Data analyst vs. data scientist"
            roles:
              - name: data analyst
                aliases: [data analysts]
              - name: data scientist
                aliases: [data scientists]
            ---

            # Data analyst vs. data scientist

            ## What does a data analyst do?

            Data analysts clean data and build dashboards that answer business questions.

            ## What does a data scientist do?

            Data scientists build statistical models that predict outcomes.

            ### Building predictive models

            Training machine learning models in Python or R to forecast demand.

            ## What are some differences between a data analyst and a data scientist?

            Data analysts mostly describe what has happened, while data scientists mostly predict what will happen. Data
            scientists usually need stronger programming and statistics skills, and many hold a master's degree.

            ## Key skills

            Data analysts need strong SQL and spreadsheet skills. Data scientists need Python and a good grasp of
            statistics.
            """;

    /** "Education" said in passing in the introduction, and a section headed by it. */
    private static final String ARTICLE_WITH_A_SECTION_ON_THE_TOPIC = """
            ---
            title: "Registered nurse vs. nurse practitioner"
            roles:
              - name: registered nurse
                aliases: [RN, registered nurses]
              - name: nurse practitioner
                aliases: [NP, nurse practitioners]
            ---

            # Registered nurse vs. nurse practitioner

            Registered nurses and nurse practitioners both care for patients, but they differ in education and
            autonomy.

            ## Education and licensing

            Registered nurses need a nursing degree and must pass the NCLEX-RN exam. Nurse practitioners need a
            master's degree in nursing and a national certification.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("accountant-vs-financial-analyst.md", ARTICLE);

    @Test
    void aFieldNamedInTheSingularNamesItsRoleThoughItEndsInAnS() {
        // "Financial analysis" is the financial analyst's field, as "accounting" is the accountant's; "pharmacies" is no
        // field (QuestionsOnOneThingTest).
        var advice = bot.ask(null, "I like predictions and persuading people, which suits me?");
        assertTrue(advice.reply().contains("the **financial analyst** role"), advice.reply());
        var accountants = bot.ask(null, "do accountants make predictions?");
        assertFalse(accountants.reply().contains("predictions"), "said of financial analysis: " + accountants.reply());
    }

    @Test
    void aFieldWhoseNameEndsInICSNamesItsRole(@TempDir Path folder) throws IOException {
        try (var server = serverWith(folder, "economist-vs-statistician.md", """
                ---
                title: "Economist vs. statistician"
                roles:
                  - name: economist
                  - name: statistician
                ---

                # Economist vs. statistician

                ## Which one should you choose?

                Economists study markets and policy. If you like data and probability, statistics may suit you.
                """); var client = HttpClient.create(server.getURL())) {
            var economists = ask(client, null, "do economists study probability?");
            assertFalse(economists.reply().contains("probability"), "said of statistics: " + economists.reply());
        }
    }

    @Test
    void theSectionNamingTheRoleIsItsOverviewWithTheListItsParagraphIntroduces() {
        var overview = bot.ask(null, "what does an accountant do?");
        assertEquals("The accountant's job", overview.sources().get(0).section(), overview.reply());
        assertTrue(overview.reply().contains("Accountants prepare and examine financial records."), overview.reply());
        assertTrue(overview.reply().contains("Day to day, an accountant might:\n"
                + "- reconcile bank statements and ledgers\n- prepare tax returns and financial statements\n"),
                "the list the paragraph introduces: " + overview.reply());
        assertFalse(overview.reply().contains("bachelor's degree"), "not the passage that names accountants most");
        var duties = bot.ask(null, "what are the responsibilities of an accountant?");
        assertTrue(duties.reply().contains("- prepare tax returns and financial statements"), duties.reply());
        assertFalse(duties.reply().contains("bachelor's degree"), duties.reply());
        var more = bot.ask(null, "tell me more about product managers");
        assertTrue(more.reply().contains("broader scope"), "nothing asked but more on the role: " + more.reply());
        // "Financial", a word of the synonym rules' places, is the role's name here, not a place it works at.
        var examples = bot.ask(null, "examples of financial analyst work");
        assertFalse(examples.sources().isEmpty(), examples.reply());
        var standsFor = bot.ask(null, "what does CPA stand for?");
        assertTrue(standsFor.reply().contains("financial records"),
                "an alias asked about is the role: " + standsFor.reply());
    }

    @Test
    void payAskedWithoutItsWordIsAnsweredForTheRoleAskedAboutAndItsFollowUp() {
        var make = bot.ask(null, "how much does an accountant make?");
        assertTrue(make.reply().contains("$79,880") && !make.reply().contains("$99,890"), make.reply());
        var aside = bot.ask(null, "just curious, I wonder what a financial analyst earns?");
        assertTrue(aside.reply().contains("$99,890"), "the aside is no topic of the question: " + aside.reply());
        var unnamed = bot.ask(bot.ask(null, "how much do accountants make?").sessionId(), "and the other one?");
        assertTrue(unnamed.reply().contains("$99,890") && !unnamed.reply().contains("$79,880"),
                "the same topic for the role the article compares: " + unnamed.reply());
        var other = bot.ask(make.sessionId(), "and a financial analyst?");
        assertTrue(other.reply().contains("$99,890") && !other.reply().contains("$79,880"), other.reply());
        var money = bot.ask(null, "how much money does a financial analyst make in a year?");
        assertTrue(money.reply().contains("$99,890"), "\"money\" asks, it is no topic of its own: " + money.reply());
        var makes = bot.ask(null, "tell me how much money an accountant makes per year");
        assertTrue(makes.reply().contains("$79,880"), makes.reply());
        var typo = bot.ask(null, "whats the salery of a financial analist");
        assertTrue(typo.reply().contains("$99,890"), "a slip in a word of the synonym rules: " + typo.reply());
        var both = bot.ask(null, "which pays more, accountant or financial analyst?");
        assertTrue(both.reply().contains("$79,880") && both.reply().contains("$99,890"),
                "each role's pay, from passages about one role each: " + both.reply());
    }

    @Test
    void becomingOneIsAnsweredFromQualificationsAndAnAcronymIsATerm() {
        var become = bot.ask(null, "how do I become a CPA?");
        assertTrue(become.reply().contains("bachelor's degree in accounting"), become.reply());
        var cfa = bot.ask(null, "what is a CFA?");
        assertTrue(cfa.reply().startsWith("**CFA**") && cfa.reply().contains("three exams"), cfa.reply());
    }

    @Test
    void theFirstArticleStillSaysItDoesNotCoverPayOrQualifications() {
        for (var question : new String[] {"how much does a product owner make?", "how do I become a product manager?",
                "which pays more, a PO or a PM?"}) {
            var reply = bot.ask(null, question);
            assertTrue(reply.reply().contains("don't cover") && reply.sources().isEmpty(),
                    question + ": " + reply.reply());
        }
    }

    @Test
    void aTopicIsQuotedFromSentencesOnTheRoleAskedAboutInTheWordsAskedFirst(@TempDir Path other) throws IOException {
        try (var twoRoles = serverWith(other, "data-analyst-vs-data-scientist.md", ARTICLE_ON_TWO_ROLES_AT_ONCE);
             var twoRolesClient = HttpClient.create(twoRoles.getURL())) {
            var analyst = ask(twoRolesClient, null, "how do I become a data analyst?");
            assertTrue(analyst.reply().contains("don't cover") && !analyst.reply().contains("master's degree"),
                    "what data scientists need is not what data analysts need: " + analyst.reply());
            var skills = ask(twoRolesClient, null, "what skills does a data scientist need?");
            assertTrue(skills.reply().contains("Data scientists need Python") && !skills.reply().contains("SQL"),
                    "under the heading, the sentence on the role asked about, which doesn't repeat the word: "
                    + skills.reply());
            var scientist = ask(twoRolesClient, null, "what degree does a data scientist need?");
            assertTrue(scientist.reply().contains("master's degree") && !scientist.reply().contains("Training"),
                    "the word asked before its synonym in another sense: " + scientist.reply());
        }
    }

    @Test
    void whereARoleWorksIsTheSentenceSayingItThoughNoHeadingNamesTheWorkplace() {
        var accountants = bot.ask(null, "where do accountants work?");
        assertTrue(accountants.reply().contains("Many accountants work for accounting firms"), accountants.reply());
        assertEquals("The accountant's job", accountants.sources().get(0).section(), accountants.reply());
        // Working in Excel, or in a team, is how they work, not where.
        var analysts = bot.ask(null, "where do FAs work?").reply();
        assertTrue(analysts.contains("often work for banks, insurance companies"), analysts);
        assertFalse(analysts.contains("Excel"), analysts);
        // Asked in the topic's own word, and of both roles: the sentence on both, not one role's.
        var both = bot.ask(null, "what is the work environment of accountants and financial analysts?").reply();
        assertTrue(both.contains("Both are found in companies of every size."), both);
        assertFalse(both.contains("accounting firms"), both);
        // The article says nothing of their hours in such words: not covered, and no sentence on where they work.
        var hours = bot.ask(null, "what hours do accountants work?").reply();
        assertFalse(hours.contains("accounting firms"), hours);
    }

    @Test
    void examplesAskedOfAnIndustryAreTheOnesThereOrSaySoWhenNoneIs() {
        var healthcare = bot.ask(null, "what does a PO do in healthcare?");
        assertTrue(healthcare.reply().contains("None of the product owner examples in my articles is about"
                + " “healthcare”."),
                healthcare.reply());
        assertTrue(healthcare.reply().contains("financial services company"), healthcare.reply());
        var bank = bot.ask(null, "what does a PO do at a bank?");
        assertTrue(bank.reply().contains("financial services company") && !bank.reply().contains("None of"),
                bank.reply());
        var all = bot.ask(null, "examples of product owner work");
        assertFalse(all.reply().contains("None of"), all.reply());
        var some = bot.ask(null, "give me some examples of product owner work");
        assertFalse(some.reply().contains("None of"), "\"some\" names no place: " + some.reply());
        var film = bot.ask(null, "what does a product manager do at a film studio?");
        assertTrue(film.reply().contains("entertainment company") && !film.reply().contains("healthcare"),
                "what a role does somewhere is its example there: " + film.reply());
        var roadmap = bot.ask(null, "what does a PM do with the roadmap");
        assertFalse(roadmap.reply().contains("healthcare"), "a word an example shares is no place: " + roadmap.reply());
    }

    @Test
    void aWordOfASynonymGroupPicksNoExampleForAQuestionOnSomethingElse() {
        var degree = bot.ask(null, "do accountants need a degree?");
        assertTrue(degree.reply().contains("bachelor's degree in accounting"), degree.reply());
        assertFalse(degree.reply().contains("licence fees"), "a degree is no licence fee: " + degree.reply());
    }

    @Test
    void anExampleIsOfTheRoleItNamesFirst() {
        var accountant = bot.ask(null, "examples of accountant work");
        assertTrue(accountant.reply().contains("closes the books"), accountant.reply());
        assertFalse(accountant.reply().contains("builds models"), "the analyst's, though it names accountants: "
                + accountant.reply());
        var analyst = bot.ask(null, "examples of financial analyst work");
        assertTrue(analyst.reply().contains("builds models") && !analyst.reply().contains("closes the books"),
                analyst.reply());
    }

    @Test
    void aSectionHeadedByTheTopicAnswersBeforeAPassageThatMentionsIt(@TempDir Path other) throws IOException {
        try (var nurses = serverWith(other, "rn-vs-np.md", ARTICLE_WITH_A_SECTION_ON_THE_TOPIC);
             var nursesClient = HttpClient.create(nurses.getURL())) {
            var become = ask(nursesClient, null, "how do I become a nurse practitioner?");
            assertTrue(become.reply().contains("Nurse practitioners need a master's degree")
                    && !become.reply().contains("Registered nurses need"), become.reply());
            assertEquals("Education and licensing", become.sources().get(0).section());
        }
    }

    @Test
    void theOutlookUnderAHeadingOnPayToo() {
        // "Pay and job prospects": the sentences on the prospects, not the pay.
        var accountants = bot.ask(null, "what is the job outlook for accountants?").reply();
        assertTrue(accountants.contains("Employment of accountants is projected to grow 4%"), accountants);
        assertFalse(accountants.contains("$79,880"), accountants);
        // "Their employment" comes with the sentence that says whose.
        var analysts = bot.ask(null, "what is the job outlook for financial analysts?").reply();
        assertTrue(analysts.contains("Financial analysts earned a median salary of $99,890 in 2023. Their employment is "
                + "projected to grow 9%"), analysts);
    }
}
