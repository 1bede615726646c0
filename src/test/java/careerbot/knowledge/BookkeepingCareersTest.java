package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on bookkeepers and accountants, beside the seed, written as numbered differences: no section on what
 * either role does, but a paragraph opening with each under "Day-to-day tasks"; advice under "The bottom line"; a
 * job outlook that declines.
 */
class BookkeepingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Bookkeeper vs. accountant: 5 key differences"
            roles:
              - name: bookkeeper
              - name: accountant
            ---

            # Bookkeeper vs. accountant: 5 key differences

            Bookkeepers and accountants both work with a company's financial records. In short, bookkeepers record \
            the transactions; accountants interpret them.

            ## 1. Day-to-day tasks

            A bookkeeper records every sale and payment in the general ledger, reconciles bank statements and often \
            runs payroll.

            An accountant uses the books the bookkeeper keeps to prepare financial statements, file tax returns and \
            plan budgets.

            ## 2. Education

            Bookkeepers usually need a high school diploma; many learn on the job. An accountant needs at least a \
            bachelor's degree in accounting.

            ## 3. Job outlook

            Employment of bookkeeping clerks is projected to decline 6 percent from 2023 to 2033, as software \
            automates data entry. Employment of accountants is projected to grow 6 percent.

            ## The bottom line

            If you are organized, like routine and want to start working quickly, bookkeeping is a good fit. If you \
            enjoy analysis and are ready for a four-year degree, aim for accounting.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("bookkeeper-vs-accountant.md", ARTICLE);

    @Test
    void aParagraphOpeningWithTheRoleSaysWhatItDoes() {
        var bookkeeper = bot.ask(null, "what does a bookkeeper do?").reply();
        assertTrue(bookkeeper.contains("A bookkeeper records every sale"), bookkeeper);
        assertFalse(bookkeeper.contains("An accountant uses"), bookkeeper);
        var accountant = bot.ask(null, "what does an accountant do?").reply();
        assertTrue(accountant.contains("An accountant uses the books"), accountant);
        assertFalse(accountant.contains("bachelor's degree"), accountant);
    }

    @Test
    void responsibilitiesAreThoseOfTheRoleAlone() {
        var reply = bot.ask(null, "what are the responsibilities of a bookkeeper?").reply();
        assertTrue(reply.contains("A bookkeeper records every sale"), reply);
        assertFalse(reply.contains("An accountant uses"), reply);
    }

    @Test
    void theBottomLineAdvises() {
        var routine = bot.ask(null, "I like routine, which one?").reply();
        assertTrue(routine.contains("the **bookkeeper** role looks like the better fit"), routine);
        var analysis = bot.ask(null, "I enjoy analysis").reply();
        assertTrue(analysis.contains("the **accountant** role looks like the better fit"), analysis);
    }

    @Test
    void aDyingJobIsOneInDecline() {
        var reply = bot.ask(null, "is bookkeeping a dying job?").reply();
        assertTrue(reply.contains("projected to decline 6 percent"), reply);
    }
}
