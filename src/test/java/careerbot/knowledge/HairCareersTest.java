package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hairdressers and barbers, beside the seed, in British English: a sentence on one role compares it with what the
 * sentence before says of the other ("Barbers … can earn as much").
 */
class HairCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Hairdresser or barber: which chair is yours?"
            roles:
              - name: hairdresser
                aliases: [hairstylist, stylist]
              - name: barber
            ---

            # Hairdresser or barber: which chair is yours?

            Both jobs are about cutting hair.

            ## The barber's day

            Barbers focus on short cuts, fades and beard work.

            ## Pay and prospects

            Experienced hairdressers who build a loyal client list can earn £30,000 or more. Barbers who rent a chair \
            or open their own shop can earn as much, but income depends on how busy the chair is.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("hairdresser-vs-barber.md", ARTICLE);

    @Test
    void aComparisonWithTheSentenceBeforeIsQuotedWithIt() {
        var barber = bot.ask(null, "how much does a barber make?").reply();
        assertTrue(barber.contains("can earn £30,000 or more. Barbers who rent a chair or open their own shop can "
                + "earn as much"), barber);
    }
}
