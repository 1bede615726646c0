package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flight attendants and airline pilots, beside the seed, each in a section of their own with sub-sections on what the
 * job involves and its training, and an FAQ whose answers speak of both: what one role does there is told of it, not
 * what it does; an amount may be written in words; "they" stands for the role talked about.
 */
class AirlineCrewTest {

    private static final String ARTICLE = """
            ---
            title: "Flight attendant or airline pilot?"
            roles:
              - name: flight attendant
                aliases: [cabin crew]
              - name: airline pilot
                aliases: [pilot, pilots]
            ---

            # Flight attendant or airline pilot?

            ## Flight attendant

            ### What the job involves

            Flight attendants are responsible for the safety and comfort of passengers.

            ### Training

            Airlines train their own flight attendants in a program of three to six weeks.

            ## Airline pilot

            ### What the job involves

            Airline pilots fly passengers and cargo on fixed schedules. Pilots plan routes and check weather and fuel.

            ### Training

            Most airline pilots need an ATP certificate, which requires 1,500 hours of flight time.

            ### Pay

            - First officers at regional airlines start at around $90,000
            - Median pay: $219,140 (BLS, May 2023)
            - Captains at major airlines can earn more than $300,000

            ## Frequently asked questions

            ### Can a flight attendant become a pilot?

            Yes. Some airlines run cadet programs that help cabin crew pay for flight training. You still need the             same 1,500 hours as any other pilot.

            ### Is there an age limit?

            Airline pilots in the U.S. must retire at 65. There is no upper age limit for flight attendants.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("flight-attendant-vs-pilot.md", ARTICLE);

    @Test
    void whatOneRoleDoesInAPassageOnBothIsToldOfIt() {
        var retire = bot.ask(null, "when do pilots retire?").reply();
        assertTrue(retire.contains("Airline pilots in the U.S. must retire at 65."), retire);
        assertFalse(retire.contains("fixed schedules"), retire);
        var does = bot.ask(null, "what does a pilot do?").reply();
        assertTrue(does.contains("Airline pilots fly passengers and cargo on fixed schedules."), does);
    }

    @Test
    void aListUnderAHeadingOnTheTopicAloneIsQuotedWhole() {
        // "Earn" as said stands in one item only, a word of pay in two; under "### Pay" in the pilot's part, every
        // item is on their pay.
        for (var question : new String[] {"how much do pilots earn?", "how much do pilots make?"}) {
            var pay = bot.ask(null, question).reply();
            assertTrue(pay.contains("- First officers at regional airlines start at around $90,000\n"
                    + "- Median pay: $219,140 (BLS, May 2023)\n- Captains at major airlines can earn more than "
                    + "$300,000"), question + ": " + pay);
        }
    }

    @Test
    void anAmountAskedIsFoundWhereItIsWrittenInWords() {
        var training = bot.ask(null, "how much training does a flight attendant need?").reply();
        assertTrue(training.contains("in a program of three to six weeks"), training);
        assertFalse(training.contains("cadet"), training);
    }

    @Test
    void theyBeforeARoleNamedAreTheRolesTalkedAbout() {
        var session = "crew-" + System.nanoTime();
        bot.ask(session, "tell me about cabin crew");
        var move = bot.ask(session, "can they become pilots?").reply();
        assertTrue(move.contains("Some airlines run cadet programs"), move);
        // "They" after the role named is that role.
        var own = bot.ask(session, "do pilots need a certificate before they fly?").reply();
        assertTrue(own.contains("ATP certificate"), own);
    }
}
