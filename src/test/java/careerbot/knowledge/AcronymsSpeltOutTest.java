package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on nurse anesthetists and anesthesiologists, beside the seed, with no front matter: the roles come
 * from its title, and it spells out the acronym readers use for one of them, "Certified registered nurse anesthetists
 * (CRNAs)", and one of an organisation that ends with the same words.
 */
class AcronymsSpeltOutTest {

    private static final String PAGE = """
            Nurse Anesthetist vs. Anesthesiologist: What's the Difference?

            Nurse anesthetists and anesthesiologists both give patients anesthesia. The main difference is training: an anesthesiologist is a physician.

            What does a nurse anesthetist do?

            Certified registered nurse anesthetists (CRNAs) assess patients before a procedure, give anesthesia and monitor vital signs.

            What does an anesthesiologist do?

            Anesthesiologists are medical doctors who plan anesthesia care and handle the most complex cases.

            Salary

            Nurse anesthetists earned a median salary of $212,650 in 2023. Anesthesiologists earned more than $239,200 a year.

            Certification

            Nurse anesthetists pass an exam from the National Board of Certification and Recertification for Nurse Anesthetists (NBCRNA).
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("crna-vs-anesthesiologist.txt", PAGE);

    @Test
    void anAcronymTheTextSpellsOutForARoleNamesIt() {
        var pay = bot.ask(null, "how much does a CRNA make?");
        assertEquals(List.of("nurse anesthetist"), pay.roles(), pay.reply());
        assertTrue(pay.reply().contains("$212,650"), pay.reply());
        var compared = bot.ask(null, "CRNA vs anesthesiologist");
        assertTrue(compared.reply().contains("**Nurse anesthetist**"), compared.reply());
    }

    @Test
    void anAcronymOfMoreThanTheRoleIsNoName() {
        var board = bot.ask(null, "what is the NBCRNA?");
        assertFalse(board.roles().contains("nurse anesthetist"), board.reply());
        assertTrue(board.reply().contains("National Board of Certification"), board.reply());
    }
}
