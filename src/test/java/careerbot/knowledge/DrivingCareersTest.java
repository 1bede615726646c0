package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Truck drivers and delivery drivers, beside the seed: who does something is told where every word of it stands, not
 * where one does ("who works nights?" against the seed's "the work of a product owner").
 */
class DrivingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Truck driver vs. delivery driver"
            roles:
              - name: truck driver
                aliases: [trucker]
              - name: delivery driver
                aliases: [courier]
            ---

            # Truck driver vs. delivery driver

            ## What the jobs involve

            **Truck drivers** move large loads between warehouses, ports and factories. A long-haul trucker may spend \
            several nights a week on the road and sleep in the cab.

            **Delivery drivers** bring parcels to homes and businesses in one area and are home every night.

            ## Pros and cons

            **Delivery driver**
            - Home every night
            - Lower pay
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("truck-driver-vs-delivery-driver.md", ARTICLE);

    @Test
    void whoDoesSomethingIsToldWhereAllOfItStands() {
        var nights = bot.ask(null, "who works nights?").reply();
        assertTrue(nights.contains("several nights a week on the road"), nights);
        assertFalse(nights.contains("the work of a product owner"), nights);
        var cab = bot.ask(null, "who sleeps in the cab?").reply();
        assertTrue(cab.contains("A long-haul trucker may spend several nights a week on the road and sleep in the cab."),
                cab);
    }
}
