package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article in questions and answers, with pros and cons listed under a heading for each role: a list is quoted
 * whole for what it is about, under the role it is headed by; a role and a topic, with nothing else asked, get the
 * topic; what is said of the role asked, by name or by its heading, comes first; a question heading on a typical day
 * gives each role's own; a comparison of pay quotes each role's figure.
 */
class ProsConsAndTerseQuestionsTest {

    private static final String ARTICLE = """
            ---
            title: "Paralegal or lawyer? Questions people ask"
            roles:
              - name: paralegal
                aliases: [paralegals, legal assistant]
              - name: lawyer
                aliases: [lawyers, attorney, attorneys]
            ---

            # Paralegal or lawyer? Questions people ask

            Paralegals and lawyers work side by side in law firms and legal departments.

            ## What is a paralegal?

            A paralegal supports lawyers by doing research, drafting documents and keeping case files in order.

            ## What is a lawyer?

            A lawyer, also called an attorney, is licensed to advise clients and to represent them in court.

            ## What does a typical day look like for each?

            **Paralegal:** drafting discovery requests, indexing documents and scheduling depositions.

            **Lawyer:** meeting clients, negotiating with opposing counsel and supervising paralegals.

            ## How much do they earn?

            The median annual wage for paralegals was $60,970 in May 2023. The median annual wage for lawyers was \
            $145,760 in May 2023. Partners at large firms can earn far more, while legal aid lawyers earn less.

            ## Do you need a degree to become a paralegal?

            Not always. Many paralegals hold an associate degree. Some employers prefer a paralegal certificate. \
            No state license is required in most states.

            ## How long does it take to become a lawyer?

            Usually seven years: a bachelor's degree, three years of law school, then the bar exam.

            ## Where do they work?

            Most paralegals work for law firms. Long hours are common for lawyers before a trial.

            ## Pros and cons

            ### Paralegal

            - Pro: you can start working in two years or less.
            - Pro: more predictable hours than most lawyers.
            - Con: a lower salary ceiling.

            ### Lawyer

            - Pro: high earning potential.
            - Con: expensive schooling and student loans.
            - Con: long hours and high stress in litigation.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("paralegal-vs-lawyer.md", ARTICLE);

    @Test
    void theItemsOfAListOnTheTopicAreQuotedTogether() {
        var pros = bot.ask(null, "what are the pros of being a paralegal?").reply();
        assertTrue(pros.contains("- Pro: you can start working in two years or less."), pros);
        assertTrue(pros.contains("- Pro: more predictable hours than most lawyers."), pros);
        assertFalse(pros.contains("lower salary ceiling"), pros);
        assertFalse(pros.contains("high earning potential"), pros);
        // The one item that says it, not the list under "Pros and cons" whose other items say "Con".
        var lawyer = bot.ask(null, "what are the pros of being a lawyer?").reply();
        assertTrue(lawyer.contains("Pro: high earning potential."), lawyer);
        assertFalse(lawyer.contains("Con:"), lawyer);
    }

    @Test
    void aListHeadedByTheRoleIsOnTheTopicOfTheHeadingAboveIt() {
        var both = bot.ask(null, "what are the pros and cons of being a lawyer?").reply();
        assertTrue(both.contains("**Lawyer**\n- Pro: high earning potential.\n- Con: expensive schooling"), both);
        assertTrue(both.contains("- Con: long hours and high stress in litigation."), both);
        assertFalse(both.contains("two years or less"), both);
    }

    @Test
    void eachRolesListIsHeadedByItsRoleWhenTwoAreAsked() {
        var compared = bot.ask(null, "paralegal vs lawyer pros and cons").reply();
        int paralegal = compared.indexOf("**Paralegal**\n- Pro: you can start");
        int lawyer = compared.indexOf("**Lawyer**\n- Pro: high earning potential.");
        assertTrue(paralegal >= 0 && lawyer > paralegal, compared);
    }

    @Test
    void anotherItemOfTheListSaysTheWordAsAskedNotBySynonym() {
        // "Hours" and "years" are both said of a duration; "two years or less" says nothing of the hours worked.
        var hours = bot.ask(null, "paralegal hours").reply();
        assertTrue(hours.contains("more predictable hours"), hours);
        assertFalse(hours.contains("two years or less"), hours);
    }

    @Test
    void aRoleAndATopicAloneAskTheTopic() {
        var education = bot.ask(null, "lawyer education").reply();
        assertTrue(education.contains("three years of law school"), education);
        assertFalse(education.contains("What a lawyer does"), education);
        var cons = bot.ask(null, "paralegal cons").reply();
        assertTrue(cons.contains("lower salary ceiling"), cons);
    }

    @Test
    void aQuestionHeadingOnATypicalDayGivesTheRolesOwnDay() {
        var day = bot.ask(null, "what does a paralegal do on a typical day?").reply();
        assertTrue(day.contains("Paralegal: drafting discovery requests"), day);
        assertFalse(day.contains("meeting clients"), day);
    }

    @Test
    void eachRolesFigureIsQuotedWhenTwoAreCompared() {
        // "Earn" said as asked of lawyers in general must not crowd out the lawyers' median wage.
        var session = bot.ask(null, "paralegal vs lawyer").sessionId();
        var pay = bot.ask(session, "which one earns more?").reply();
        assertTrue(pay.contains("$60,970") && pay.contains("$145,760"), pay);
    }

    @Test
    void aSentenceOnNoRoleInAPassageOnTheRoleAskedAnswersForIt() {
        var licence = bot.ask(null, "does a paralegal need a license?").reply();
        assertTrue(licence.contains("No state license is required in most states."), licence);
    }

    @Test
    void wordsSaidTogetherComeBeforeAHeadingHoldingOneOfThem() {
        var hours = bot.ask(null, "do lawyers work long hours?").reply();
        assertTrue(hours.contains("ong hours"), hours);
        assertFalse(hours.contains("seven years"), hours);
    }
}
