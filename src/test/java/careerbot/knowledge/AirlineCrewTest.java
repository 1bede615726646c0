package careerbot.knowledge;

import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flight attendants and airline pilots, beside the seed, each in a section of their own with sub-sections on what the
 * job involves and its training, and an FAQ whose answers speak of both: what one role does there is told of it, not
 * what it does; an amount may be written in words; "they" stands for the role talked about; compared on a topic,
 * each role's own section on it comes under its name.
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

            ### Pay

            - Starting pay: about $30,000 a year
            - Median pay: $68,370 (BLS, May 2023)

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
    void aWordOfComparingIsNeitherATopicNorPartOfATitle() {
        var pay = bot.ask(null, "how much do pilots earn compared to flight attendants?").reply();
        assertTrue(pay.contains("Median pay: $219,140") && pay.contains("Median pay: $68,370"), pay);
        // Each role's own section on the topic, under its name: the article tells one role at a time.
        for (var question : new String[] {"pilot vs flight attendant salary", "which pays more, pilot or flight "
                + "attendant?"}) {
            var each = bot.ask(null, question).reply();
            assertTrue(each.contains("**Airline pilot**\n- ") && each.contains("**Flight attendant**\n- Starting pay"),
                    question + ": " + each);
        }
        var compared = bot.ask(null, "compare pilots and flight attendants").reply();
        assertTrue(compared.startsWith("**Airline pilot vs flight attendant**"), compared);
    }

    @Test
    void aWordOfComparingAsksNothingOfRolesOfTwoArticles(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("firefighter-vs-emt.md"), """
                # Firefighter vs. EMT

                ## Pay

                Firefighters earned a median of $57,120 in 2023. EMTs earned a median of $39,410.
                """);
        try (var server = KnowledgeFolderTest.serverWith(folder, "flight-attendant-vs-pilot.md", ARTICLE);
             var client = HttpClient.create(server.getURL())) {
            var pay = KnowledgeFolderTest.ask(client, null, "how much do pilots earn compared to firefighters?");
            assertTrue(pay.reply().contains("$219,140") && pay.reply().contains("$57,120"), pay.reply());
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
