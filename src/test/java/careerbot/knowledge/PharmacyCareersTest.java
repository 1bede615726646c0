package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on pharmacists and pharmacy technicians, beside the seed, that is all differences: its title says so, and
 * each numbered section under it is one aspect, a paragraph with a sentence on each role.
 */
class PharmacyCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Pharmacist vs. Pharmacy Technician: 3 Key Differences"
            roles: [pharmacist, pharmacy technician]
            ---

            # Pharmacist vs. Pharmacy Technician: 3 Key Differences

            Walk into any drugstore and you'll see both at work behind the counter.

            ## 1. Responsibilities

            Pharmacists check prescriptions for errors and give vaccinations. Pharmacy technicians count pills and \
            handle insurance claims, always under a pharmacist's supervision. Pharmacists and pharmacy technicians \
            both wear white coats. Under a pharmacist's watchful eye, the pharmacy technicians also restock the \
            shelves.

            ## 2. Education

            A pharmacist needs a Doctor of Pharmacy degree. A pharmacy technician needs a high school diploma and a \
            certificate program. A pharmacist studies for years, while a pharmacy technician may need only months of \
            it.

            ## 3. Salary

            Pharmacists earned a median of $136,030 in 2023, while pharmacy technicians earned $40,300. Pharmacists \
            earn more than three times as much as pharmacy technicians.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("pharmacist-vs-pharmacy-technician.md", ARTICLE);

    @Test
    void eachSectionUnderATitleOnTheirDifferencesIsAnAspectSideBySide() {
        var reply = bot.ask(null, "pharmacist vs pharmacy technician").reply();
        assertTrue(reply.contains("**Responsibilities**\n- *Pharmacist:* Pharmacists check prescriptions for errors and "
                + "give vaccinations.\n- *Pharmacy technician:* Pharmacy technicians count pills"), reply);
        assertTrue(reply.contains("**Education**\n- *Pharmacist:* A pharmacist needs a Doctor of Pharmacy degree."),
                reply);
        assertTrue(reply.contains("**Salary**\n- *Pharmacist:* Pharmacists earned a median of $136,030 in 2023."),
                reply);
        // A sentence comparing them is quoted once, whole; one setting them against each other by "it" is no side.
        assertEquals(1, reply.split("earn more than three times as much", -1).length - 1, reply);
        assertFalse(reply.contains("studies for years"), reply);
    }

    @Test
    void whatEachRoleDoesIsItsSentenceOfTheResponsibilities() {
        var pharmacist = bot.ask(null, "what does a pharmacist do?").reply();
        assertTrue(pharmacist.contains("Pharmacists check prescriptions for errors and give vaccinations."), pharmacist);
        assertFalse(pharmacist.contains("count pills") || pharmacist.contains("Doctor of Pharmacy"), pharmacist);
        // Nor what both do, nor what the technician does under the pharmacist's eye.
        assertFalse(pharmacist.contains("white coats") || pharmacist.contains("restock"), pharmacist);
        // Its sentence names the pharmacist too, after the technician it is about.
        var technician = bot.ask(null, "what does a pharmacy technician do?").reply();
        assertTrue(technician.contains("Pharmacy technicians count pills and handle insurance claims, always under a "
                + "pharmacist's supervision."), technician);
        assertFalse(technician.contains("check prescriptions"), technician);
        var duties = bot.ask(null, "what are the responsibilities of a pharmacy technician?").reply();
        assertTrue(duties.contains("Pharmacy technicians count pills"), duties);
        assertFalse(duties.contains("check prescriptions"), duties);
    }
}
