package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on paralegals and lawyers, beside the seed: a section that says what each is, a day in the life with a
 * sub-section for each role, the way into each as numbered steps under a question ("How do you become a
 * paralegal?"), one of them followed by a paragraph, pay in a table with a row for each role, which to choose, and
 * an FAQ on moving from one role to the other.
 */
class LawCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Paralegal or lawyer? Comparing two careers in law"
            roles:
              - name: paralegal
                aliases: [paralegals]
              - name: lawyer
                aliases: [lawyers, attorney]
            ---

            # Paralegal or lawyer? Comparing two careers in law

            Law firms employ both paralegals and lawyers. The two work on the same cases, yet only a lawyer may give legal advice.

            ## What is a paralegal?

            A paralegal performs legal work under the supervision of a lawyer: research, drafting documents and keeping case files in order.

            ## What is a lawyer?

            A lawyer is licensed to advise clients and to represent them in court.

            ## A day in the life

            ### Paralegal

            A paralegal's day often starts with the inbox: scheduling depositions and requesting records.

            ### Lawyer

            A lawyer might spend the morning in court for a hearing, then meet a client and negotiate by phone.

            ## How do you become a paralegal?

            1. Earn an associate degree in paralegal studies.
            2. Gain experience through an internship at a law firm.
            3. Consider a voluntary certification.

            Most programs take two years or less.

            ## How do you become a lawyer?

            1. Earn a bachelor's degree.
            2. Complete a three-year Juris Doctor degree at law school.
            3. Pass the bar exam in your state.

            ## Pay and job outlook

            | Role | Median annual pay (2023) | Projected growth, 2023–33 |
            | --- | --- | --- |
            | Paralegal | $60,970 | 1% |
            | Lawyer | $145,760 | 5% |

            Lawyers in large private firms often earn far more than the median.

            ## Which career should you choose?

            Choose the paralegal path if you want to work in law soon, without years of school.

            ## Can a paralegal become a lawyer?

            Yes. Working as a paralegal is a common way to find out whether law school is worth it.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("paralegal-vs-lawyer.md", ARTICLE);

    @Test
    void stepsASectionOpensWithAreTheWayIn() {
        var paralegal = bot.ask(null, "how do I become a paralegal?");
        assertTrue(paralegal.reply().contains("- Earn an associate degree in paralegal studies")
                && paralegal.reply().contains("- Consider a voluntary certification"), paralegal.reply());
        assertTrue(paralegal.reply().contains("Most programs take two years or less"), paralegal.reply());
    }

    @Test
    void aHeadingAskingTheWayInIsOnWhatThatAsks() {
        // "How do you become a paralegal?" asks what "how do I become …?" implies, education: its paragraph says how
        // long that takes, before the advice that says "years of school".
        var howLong = bot.ask(null, "how long does it take to become a paralegal?");
        assertTrue(howLong.reply().contains("Most programs take two years or less"), howLong.reply());
        assertFalse(howLong.reply().contains("Choose the paralegal path"), howLong.reply());
    }

    @Test
    void theWayIntoEitherRoleTalkedAboutIsEachOnesSteps() {
        var first = bot.ask(null, "what does a paralegal do?");
        bot.ask(first.sessionId(), "and a lawyer?");
        bot.ask(first.sessionId(), "how do they differ?");
        var either = bot.ask(first.sessionId(), "how do I become one?");
        assertTrue(either.reply().contains("**Paralegal**") && either.reply().contains("**Lawyer**"), either.reply());
        assertTrue(either.reply().contains("Earn an associate degree")
                && either.reply().contains("Pass the bar exam"), either.reply());
        // Not the move from one role to the other, which the question doesn't ask.
        assertFalse(either.reply().contains("common way to find out"), either.reply());
        // Which a question naming both asks, one after the other; not side by side, which asks which to become.
        var move = bot.ask(null, "can a paralegal become a lawyer?");
        assertTrue(move.reply().contains("common way to find out"), move.reply());
        var which = bot.ask(null, "should I become a paralegal or a lawyer?");
        assertFalse(which.reply().contains("common way to find out"), which.reply());
    }

    @Test
    void aDayInTheLifeToldUnderEachRolesHeadingIsItsExample() {
        var day = bot.ask(null, "what does a typical day look like for a lawyer?");
        assertTrue(day.reply().contains("spend the morning in court"), day.reply());
        assertFalse(day.reply().contains("scheduling depositions"), day.reply());
        assertFalse(day.reply().contains("licensed to advise"), day.reply());
    }

    @Test
    void whoEarnsMoreIsAnsweredByEachRolesFigure() {
        var more = bot.ask(null, "who earns more, a paralegal or a lawyer?");
        assertTrue(more.reply().contains("$60,970") && more.reply().contains("$145,760"), more.reply());
        // "Compared with" asks how they compare, and says nothing of what.
        var compared = bot.ask(null, "how much do lawyers earn compared with paralegals?");
        assertTrue(compared.reply().contains("$60,970") && compared.reply().contains("$145,760"), compared.reply());
    }
}
