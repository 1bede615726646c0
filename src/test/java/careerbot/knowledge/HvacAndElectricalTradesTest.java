package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on HVAC technicians and electricians, beside the seed: it writes the first role short ("HVAC techs"),
 * and its verdict advises on it by its acronym alone ("Pick HVAC if …"), then on the second by its field ("Pick
 * electrical work if …").
 */
class HvacAndElectricalTradesTest {

    private static final String PAGE = """
            HVAC Technician vs. Electrician: Which Trade Should You Learn?
            By Dana Ortiz · Updated January 2025

            Both trades pay well, don't require a four-year degree and are in demand nationwide.

            WHAT DOES AN HVAC TECHNICIAN DO?
            HVAC technicians install, maintain and repair heating, ventilation and air conditioning systems.

            WHAT DOES AN ELECTRICIAN DO?
            Electricians install and repair wiring, outlets, lighting and electrical panels.

            TRAINING AND LICENSING
            Most HVAC techs complete a 6-month to 2-year certificate program, and anyone who handles refrigerants \
            needs EPA Section 608 certification. Electricians usually train through a 4- to 5-year apprenticeship.

            PAY
            HVAC technicians: about $57,300 a year (median, 2023)
            Electricians: about $61,590 a year (median, 2023)

            THE VERDICT
            Pick HVAC if you want to start working sooner and like troubleshooting machines. Pick electrical work if \
            you don't mind a longer apprenticeship and want slightly higher pay.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("hvac-technician-vs-electrician.txt", PAGE);

    @Test
    void aRoleWrittenByTheShortFormOfItsLastWordIsNamed() {
        var certification = bot.ask(null, "what certification does an HVAC technician need?").reply();
        assertTrue(certification.contains("needs EPA Section 608 certification"), certification);
    }

    @Test
    void aTradeIsAJobNotWhatIsAskedOfIt() {
        var pay = bot.ask(null, "which trade pays more?").reply();
        assertTrue(pay.contains("Electricians: about $61,590 a year"), pay);
    }

    @Test
    void adviceNamingNoRoleBeforeAdviceOpeningAlikeOnTheOtherIsOnTheFirst() {
        var machines = bot.ask(null, "which suits me? I like troubleshooting machines").reply();
        assertTrue(machines.startsWith("From what you say you like, the **HVAC technician** role"), machines);
        var pay = bot.ask(null, "I want higher pay and don't mind a long apprenticeship").reply();
        assertTrue(pay.startsWith("From what you say you like, the **electrician** role"), pay);
    }
}
