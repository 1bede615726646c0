package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on airline pilots and air traffic controllers, beside the seed: each role's requirements listed under its
 * name in bold, and an introduction saying "both jobs demand calm decisions", which is no job outlook, beside a
 * section on the outlook of one of them; "when" asking of a con ("when do they retire?").
 */
class AviationCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Airline pilot or air traffic controller? Two careers in aviation"
            roles:
              - name: airline pilot
                aliases: [pilot, pilots, airline pilots]
              - name: air traffic controller
                aliases: [ATC, air traffic controllers, controller, controllers]
            ---

            # Airline pilot or air traffic controller? Two careers in aviation

            Pilots fly the aircraft; air traffic controllers keep them safely apart. Both jobs demand calm decisions under pressure, but one is spent in the cockpit and the other in a tower or radar room.

            ## What does an airline pilot do?

            Airline pilots fly passengers and cargo on scheduled routes.

            ## What does an air traffic controller do?

            Air traffic controllers coordinate the movement of aircraft on the ground and in the air to keep them at safe distances.

            ## Requirements

            **Airline pilot**

            - An airline transport pilot (ATP) certificate, which requires 1,500 hours of flight time
            - Usually a bachelor's degree

            **Air traffic controller**

            - U.S. citizenship and an age under 31 when hired
            - Training at the FAA Academy in Oklahoma City

            ## Pros and cons

            **Controller cons:** intense stress and mandatory retirement at 56.

            ## Job outlook

            Demand for air traffic controllers stays steady as many of them retire.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("pilot-vs-air-traffic-controller.md", ARTICLE);

    @Test
    void aRolesNameInBoldOverAListLeadsItsItems() {
        var controller = bot.ask(null, "what are the requirements to be an air traffic controller?");
        assertTrue(controller.reply().contains("- U.S. citizenship") && controller.reply().contains("- Training at"),
                controller.reply());
        assertFalse(controller.reply().contains("1,500 hours"), controller.reply());
        var degree = bot.ask(null, "do pilots need a degree?");
        assertTrue(degree.reply().contains("Usually a bachelor's degree"), degree.reply());
        assertFalse(degree.reply().contains("citizenship"), degree.reply());
    }

    @Test
    void whenAsksAndSaysNothingOfTheTopic() {
        var retire = bot.ask(null, "when do air traffic controllers retire?");
        assertTrue(retire.reply().contains("mandatory retirement at 56"), retire.reply());
    }

    @Test
    void aJobThatDemandsSomethingTellsNoOutlook() {
        var outlook = bot.ask(null, "what is the job outlook for pilots?");
        assertFalse(outlook.reply().contains("demand calm decisions"), outlook.reply());
        assertTrue(outlook.reply().contains("don't cover"), outlook.reply());
        // Under a heading on the outlook, one word of it is enough.
        var controllers = bot.ask(null, "what is the job outlook for air traffic controllers?");
        assertTrue(controllers.reply().contains("Demand for air traffic controllers stays steady"), controllers.reply());
    }
}
