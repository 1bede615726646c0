package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on electricians and plumbers, beside the seed: an "At a glance" table with a row per figure, sections
 * headed by what they are about ("Physical demands", "Self-employment") and advice on what each role doesn't mind.
 */
class ElectricalAndPlumbingTradesTest {

    private static final String ARTICLE = """
            ---
            title: "Electrician or plumber? Comparing two skilled trades"
            roles:
              - name: electrician
                aliases: [electricians]
              - name: plumber
                aliases: [plumbers]
            ---

            ### At a glance

            | | Electrician | Plumber |
            |---|---|---|
            | Median pay (2024) | $62,350 | $62,970 |
            | Projected growth 2023–33 | 11% | 6% |
            | Works with | Wires and breakers | Pipes and valves |

            ### A day as an electrician

            Electricians install wiring, outlets and breaker panels, then test them with a multimeter.

            ### A day as a plumber

            Plumbers install fixtures such as sinks and water heaters, and they clear blockages.

            ### Physical demands

            - **Electrician:** lots of climbing and working in tight spaces
            - **Plumber:** heavy lifting, kneeling and working in wet, dirty conditions

            ### Self-employment

            Many plumbers run their own business once licensed as a master plumber. Electricians can also become \
            electrical contractors, though that takes a further licence.

            ### How to choose

            Pick electrical work if you enjoy problem-solving with circuits and don't mind heights. Choose plumbing \
            if you like fixing things people need right away and are happy to get your hands dirty.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("electrician-vs-plumber.md", ARTICLE);

    @Test
    void theOutlookOfOneRoleIsItsCellOfATablesRow() {
        var reply = bot.ask(null, "what's the job outlook for electricians?").reply();
        assertTrue(reply.contains("Projected growth 2023–33 — Electrician: 11%"), reply);
        assertFalse(reply.contains("6%"), reply);
    }

    @Test
    void aQuestionNamingASectionIsNoQuestionOnProspects() {
        var demands = bot.ask(null, "plumber physical demands");
        assertTrue(demands.reply().contains("heavy lifting, kneeling"), demands.reply());
        assertEquals("Physical demands", demands.sources().get(0).section());
        // "self-employed" stems as "Self-employment" does: Porter leaves "employ" of the one, "emploi" of the other.
        var own = bot.ask(null, "can plumbers be self-employed?");
        assertTrue(own.reply().contains("Many plumbers run their own business"), own.reply());
        assertEquals("Self-employment", own.sources().get(0).section());
    }

    @Test
    void aRolesCellOfATablesRowIsSaidOfIt() {
        var reply = bot.ask(null, "electrician or plumber? I like working with valves").reply();
        assertTrue(reply.contains("the **plumber** role looks like the better fit"), reply);
        assertTrue(reply.contains("Pipes and valves"), reply);
    }

    @Test
    void whatTheAdviceSaysARoleDoesntMindIsWhatItInvolves() {
        for (var question : new String[] {"I'm scared of heights, electrician or plumber?",
                "which trade suits me, I'm afraid of heights"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.startsWith("From what you'd rather not do, the **plumber** role looks like the better "
                    + "fit. My articles tie that to the electrician role"), question + ": " + reply);
        }
        // "Trade" and the like ask, as "job" does: what the user would rather not do is all they say.
        for (var question : new String[] {"which trade suits me? I fear getting my hands dirty",
                "which of these trades is right for me? I fear getting my hands dirty",
                "which profession suits me? I fear getting my hands dirty",
                "which occupation suits me? I fear getting my hands dirty"}) {
            var dirt = bot.ask(null, question).reply();
            assertTrue(dirt.contains("the **electrician** role looks like the better fit"), question + ": " + dirt);
        }
    }
}
