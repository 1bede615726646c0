package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page copied as text, beside the seed, whose sections are numbered ("1. Responsibilities") over their paragraphs,
 * and whose steps are a numbered list: a number and a heading's words over a paragraph are a heading, an item that
 * ends a sentence is an item.
 */
class NumberedSectionsTest {

    private static final String PAGE = """
            Pharmacist vs. Pharmacy Technician: 3 Key Differences

            Walk into any drugstore and you'll see both at work behind the counter.

            Key differences

            1. Responsibilities

            Pharmacists check prescriptions and give vaccinations. Pharmacy technicians count pills and handle \
            insurance claims.

            2. Salary

            Pharmacists earned a median of $136,030 in 2023, while pharmacy technicians earned $40,300.

            How to become a pharmacy technician

            1. Finish high school
            2. Complete a certificate program

            Most employers also train new technicians on the job.

            How to become a pharmacist

            1. Earn a bachelor's degree in chemistry.

            Most PharmD programs ask for two years of college.

            2. Complete a PharmD program.

            It takes four years.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("pharmacist-vs-pharmacy-technician.txt", PAGE);

    @Test
    void aNumberAndAHeadingOverAParagraphIsASection() {
        var reply = bot.ask(null, "what does a pharmacy technician do?").reply();
        assertTrue(reply.contains("Pharmacy technicians count pills and handle insurance claims."), reply);
        assertTrue(reply.contains("— Responsibilities_"), reply);
        // Under a heading, each is one of its aspects.
        var compared = bot.ask(null, "pharmacist vs pharmacy technician").reply();
        assertTrue(compared.contains("**Salary**\n- *Pharmacist:* Pharmacists earned a median of $136,030 in 2023."),
                compared);
    }

    @Test
    void numberedLinesOneAfterTheOtherOrEndingASentenceAreTheStepsOfAList() {
        var technician = bot.ask(null, "how do I become a pharmacy technician?").reply();
        assertTrue(technician.contains("- Finish high school\n- Complete a certificate program"), technician);
        assertTrue(technician.contains("— How to become a pharmacy technician_"), technician);
        var pharmacist = bot.ask(null, "how do I become a pharmacist?").reply();
        assertTrue(pharmacist.contains("Earn a bachelor's degree in chemistry.")
                && pharmacist.contains("— How to become a pharmacist_"), pharmacist);
    }
}
