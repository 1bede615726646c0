package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article with an FAQ (headings that ask a question), a list of tasks under each role's overview and no outlook:
 * its questions answer the same question asked otherwise and nothing else; what a role does is not an FAQ's answer;
 * "tell me more" says something new each time; what the article doesn't cover is said to be so.
 */
class FrequentlyAskedQuestionsTest {

    private static final String ARTICLE = """
            ---
            title: "Financial analyst vs. financial advisor"
            roles:
              - name: financial analyst
                aliases: [financial analysts, analyst, analysts]
              - name: financial advisor
                aliases: [financial advisors, advisor, advisors, financial adviser]
            ---

            # Financial analyst vs. financial advisor

            Both jobs sit in finance, and the titles are often mixed up in job ads.

            ## The financial analyst at a glance

            Financial analysts evaluate investments and build financial models for banks and large companies.

            ### Day-to-day tasks

            - Building spreadsheet models that forecast revenue
            - Recommending whether to buy or sell a stock

            ## The financial advisor at a glance

            Financial advisors meet with clients to plan for retirement, college savings and taxes.

            ### Day-to-day tasks

            - Meeting clients to understand their goals
            - Finding new clients through referrals

            ## Licences

            Advisors who sell securities need FINRA licenses such as the Series 7. Many also earn the CFP mark.

            ## Key differences

            - Clients: analysts serve banks and funds; advisors serve individuals and families.

            ## FAQ

            ### Do financial advisors work weekends?

            Some do, since clients often prefer to meet on Saturdays.

            ### Can a financial analyst become a financial advisor?

            Yes. Many analysts move into advising after a few years.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("financial-analyst-vs-financial-advisor.md", ARTICLE);

    @Test
    void whatARoleDoesIsNotTheAnswerOfAQuestionAskedOfIt() {
        var advisor = bot.ask(null, "what does a financial advisor do?");
        assertTrue(advisor.reply().contains("meet with clients to plan for retirement"), advisor.reply());
        assertFalse(advisor.reply().contains("Saturdays"), advisor.reply());
        assertEquals(List.of("The financial advisor at a glance"),
                advisor.sources().stream().map(s -> s.section()).toList());
    }

    @Test
    void aQuestionOfTheFaqAskedInOtherWordsGetsItsAnswer() {
        var become = bot.ask(null, "can an analyst become an advisor?");
        assertTrue(become.reply().contains("Many analysts move into advising"), become.reply());
        assertEquals(List.of("Can a financial analyst become a financial advisor?"),
                become.sources().stream().map(s -> s.section()).toList());

        assertTrue(become.reply().contains("Yes. Many analysts"), become.reply());
        // Asked otherwise than yes or no, the answer's "Yes." answers nothing.
        var how = bot.ask(null, "how does a financial analyst become a financial advisor?");
        assertTrue(how.reply().contains("Many analysts move into advising"), how.reply());
        assertFalse(how.reply().contains("Yes."), how.reply());

        var couldBecome = bot.ask(null, "could an analyst become an advisor?");
        assertEquals(become.sources(), couldBecome.sources(), "asked with another word: " + couldBecome.reply());

        var other = bot.ask(null, "who do financial advisors work for?");
        assertFalse(other.reply().contains("Saturdays"), "the FAQ asks about weekends: " + other.reply());
        var otherWay = bot.ask(null, "can an advisor become an analyst?");
        assertFalse(otherWay.reply().contains("move into advising"), "the other way round: " + otherWay.reply());
        var more = bot.ask(null, "can an analyst become an advisor without a degree?");
        assertFalse(more.reply().contains("move into advising"), "the FAQ says nothing of degrees: " + more.reply());

        var comparison = bot.ask(null, "what are some differences between a product owner and a product manager?");
        assertTrue(comparison.reply().contains("**Focus**"), "the comparison's own section, aspect by aspect: "
                + comparison.reply());
    }

    @Test
    void aTopicTheArticleDoesNotCoverIsNotAnsweredByWhatTheRoleDoes() {
        var skills = bot.ask(null, "what skills does a financial advisor need?");
        assertTrue(skills.sources().isEmpty(), skills.reply());
        assertTrue(skills.reply().contains("don't cover that for the financial advisor role"), skills.reply());

        var outlook = bot.ask(null, "what is the job outlook for financial advisors?");
        assertTrue(outlook.sources().isEmpty(), "\"job ads\" says nothing of prospects: " + outlook.reply());
        assertTrue(outlook.reply().contains("don't cover"), outlook.reply());
    }

    @Test
    void tellMeMorePassesOverAnAnswerThatWouldRepeatTheLastOne() {
        var overview = bot.ask(null, "what does a financial advisor do?");
        var tasks = bot.ask(overview.sessionId(), "tell me more");
        assertEquals("role_responsibilities", tasks.intent().name());
        assertTrue(tasks.reply().contains("Finding new clients through referrals"), tasks.reply());

        var next = bot.ask(overview.sessionId(), "tell me more");
        assertEquals("role_comparison", next.intent().name(), "the examples are the same list: " + next.reply());
        assertTrue(next.reply().contains("advisors serve individuals and families"), next.reply());
    }

    @Test
    void whatTheyHaveInCommonAfterOneRoleIsAskedOfItAndItsCounterpart() {
        var analyst = bot.ask(null, "what does a financial analyst do?");
        var common = bot.ask(analyst.sessionId(), "what do they have in common?");
        assertEquals("role_comparison", common.intent().name(), common.reply());
        assertEquals(List.of("financial analyst", "financial advisor"), common.roles());
        assertTrue(common.reply().contains("Both jobs sit in finance"), common.reply());
    }

    @Test
    void aTermWithANumberOrAnAcronymTypedInLowerCaseIsDefined() {
        var series = bot.ask(null, "what is series 7?");
        assertTrue(series.reply().contains("FINRA licenses such as the Series 7"), series.reply());

        var what = bot.ask(null, "what is the cfp?");
        assertTrue(what.reply().contains("earn the CFP mark"), "\"cfp\" is what is asked about: " + what.reply());
        var cfp = bot.ask(null, "what does cfp mean?");
        assertTrue(cfp.reply().startsWith("**CFP**") && cfp.reply().contains("earn the CFP mark"), cfp.reply());
    }

    @Test
    void whoDoesSomethingIsAnsweredFromTheArticlesWhateverTheModelLeansTo() {
        var finra = bot.ask(null, "who needs finra licenses?");
        assertTrue(finra.reply().contains("Advisors who sell securities need FINRA licenses"), "not help: " + finra.reply());

        var term = bot.ask(null, "what is FINRA?");
        var who = bot.ask(term.sessionId(), "who needs it?");
        assertTrue(who.reply().contains("Advisors who sell securities need FINRA licenses"), "it is FINRA: " + who.reply());
    }
}
