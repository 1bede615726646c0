package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page pasted as text whose FAQ puts each question on a line of its own after "Q:" and each answer after "A:": the
 * questions head their answers, and neither mark is quoted.
 */
class HospitalityCareersTest {

    private static final String PAGE = """
            Hotel Manager vs. Concierge: Careers in Hospitality

            Both jobs keep hotel guests happy, but at very different levels of the business.

            The hotel manager
            A hotel manager runs the whole hotel: setting budgets, hiring and training staff, and overseeing the front
            desk.

            The concierge
            A concierge helps guests with anything they need during their stay, from restaurant tables to tours.

            Q: Do I need a degree?
            A: Most hotel managers have a bachelor's degree in hospitality management. A concierge usually needs no
            degree, but languages and experience at the front desk help.

            Q: Which pays more?
            A: Hotel managers earn much more than concierges.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("hotel-manager-vs-concierge.txt", PAGE);

    @Test
    void anAnswerAfterItsMarkIsQuotedWithoutIt() {
        var reply = bot.ask(null, "do I need a degree to be a concierge?").reply();
        assertTrue(reply.contains("A concierge usually needs no degree"), reply);
        assertFalse(reply.contains("A: "), reply);
        var compared = bot.ask(null, "hotel manager vs concierge").reply();
        assertFalse(compared.contains("Q: "), compared);
    }
}
