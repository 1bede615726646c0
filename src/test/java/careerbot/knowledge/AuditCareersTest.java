package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on internal and external auditors: where one role leads ("what can internal auditors become?") is what
 * the sentences naming it before a word of moving say, not the way into it; "and external ones?" after internal
 * auditors asks of external auditors.
 */
class AuditCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Internal auditor or external auditor? Two careers in audit compared"
            roles:
              - name: internal auditor
                aliases: [internal auditors]
              - name: external auditor
                aliases: [external auditors]
            ---

            # Internal auditor or external auditor? Two careers in audit compared

            ## Internal auditors

            An internal auditor is an employee of the company. Internal auditors review processes, controls and risks
            across the business, not just the accounts.

            Internal auditors often become risk managers, compliance heads or finance directors.

            ## External auditors

            An external auditor works for a public accounting firm such as one of the Big Four (Deloitte, PwC, EY and
            KPMG) or a smaller practice. External auditors test a client's financial statements and give an opinion on
            whether they are true and fair.

            External auditors usually qualify as certified public accountants (CPA) while they work, and many move
            into industry after three to five years.

            ## Qualifications

            - Internal auditors: a degree in accounting, finance or business.
            - External auditors: an accounting degree and the CPA licence.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("internal-vs-external-auditor.md", ARTICLE);

    @Test
    void whereARoleLeadsIsWhatItsSentencesSayAfterAWordOfMoving() {
        for (var question : new String[] {"what can internal auditors become?",
                "can internal auditors get promoted?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("often become risk managers"), question + ": " + reply);
        }
        var external = bot.ask(null, "what can an external auditor move into?").reply();
        assertTrue(external.contains("many move into industry"), external);
        assertFalse(external.contains("risk managers"), external);
        var wayIn = bot.ask(null, "how do I become an internal auditor?").reply();
        assertFalse(wayIn.contains("often become risk managers"), "the way in, not onward: " + wayIn);
    }

    @Test
    void oneAfterAWordMakingAnotherRolesNameWithItStandsForThatRole() {
        var internal = bot.ask(null, "what qualifications do internal auditors need?");
        assertTrue(internal.reply().contains("a degree in accounting, finance or business"), internal.reply());
        var external = bot.ask(internal.sessionId(), "and external ones?").reply();
        assertTrue(external.contains("an accounting degree and the CPA licence"), external);
        assertFalse(external.contains("finance or business"), external);
    }

    @Test
    void whomARoleWorksForIsWhereItWorks() {
        var employer = bot.ask(null, "who do external auditors work for?").reply();
        assertTrue(employer.contains("An external auditor works for a public accounting firm"), employer);
    }

    @Test
    void anAdverbIsNoTopicTheArticlesLack() {
        var reply = bot.ask(null, "do external auditors always qualify as CPAs?").reply();
        assertFalse(reply.contains("“always”"), reply);
        assertTrue(reply.contains("usually qualify as certified public accountants"), reply);
    }
}
