package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on air traffic controllers and flight dispatchers whose list of differences says where each works in
 * one sentence with a clause for each ("Air traffic controllers … work for the FAA; flight dispatchers work for
 * airlines").
 */
class AirTrafficCareersTest {

    private static final String ARTICLE = """
            ---
            title: Air traffic controller vs. flight dispatcher
            roles:
              - name: air traffic controller
                aliases: [air traffic controllers, controller, controllers]
              - name: flight dispatcher
                aliases: [flight dispatchers, dispatcher, dispatchers]
            ---

            # Air traffic controller vs. flight dispatcher

            Both jobs keep flights safe from the ground, but they work for different employers.

            ## Key differences

            - **Employer**: Air traffic controllers in the US work for the Federal Aviation Administration (FAA); flight
              dispatchers work for airlines.
            - **Training**: Controllers train at the FAA Academy in Oklahoma City and must be hired before age 31;
              dispatchers need an FAA dispatcher certificate.
            - **Pay**: Controllers earned a median of $144,580 in May 2023; dispatchers usually earn less.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("air-traffic-controller-vs-dispatcher.md", ARTICLE);

    @Test
    void eachClauseOfASentenceSaysWhereItsOwnSubjectWorks() {
        var reply = bot.ask(null, "who do dispatchers work for?").reply();
        assertTrue(reply.contains("flight dispatchers work for airlines"), reply);
        assertFalse(reply.contains("Both jobs keep flights safe"), reply);
    }

    @Test
    void whoEmploysARoleIsWhereItWorksNotItsOutlook() {
        var reply = bot.ask(null, "who employs air traffic controllers?").reply();
        assertTrue(reply.contains("Air traffic controllers in the US work for the Federal Aviation Administration"),
                reply);
        assertFalse(reply.contains("Job outlook"), reply);
    }
}
