package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on welders and machinists that says where each works with an adverb inside the phrase ("work indoors
 * in") and their prospects in a phrase alone ("both are in demand"): questions on where a role works and on its
 * outlook find them, and no posture ("work in cramped positions").
 */
class MetalTradesTest {

    private static final String ARTICLE = """
            ---
            title: Welder or machinist? Choosing a metalworking trade
            roles:
              - name: welder
                aliases: [welders]
              - name: machinist
                aliases: [machinists]
            ---

            # Welder or machinist? Choosing a metalworking trade

            Welders and machinists both work with metal, and both are in demand in manufacturing and construction.
            Welders join pieces together with heat, while machinists cut and shape metal into precise parts.

            ## What welders do

            Welders use heat to fuse metal parts. They read blueprints and inspect their welds for defects.

            ## What machinists do

            Machinists set up and operate lathes and CNC machines. Most machinists work indoors in machine shops and
            factories.

            ## Working conditions

            Welding is physically demanding: welders wear protective gear against burns and fumes, and often work in
            cramped positions.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("welder-vs-machinist.md", ARTICLE);

    @Test
    void aWorkplaceSaidWithAnAdverbInsideThePhraseAnswersWhereTheRoleWorks() {
        var reply = bot.ask(null, "where do machinists work?").reply();
        assertTrue(reply.contains("Most machinists work indoors in machine shops"), reply);
        assertFalse(reply.contains("don't cover"), reply);
    }

    @Test
    void aPostureIsNoWorkplace() {
        var reply = bot.ask(null, "where do welders work?").reply();
        assertFalse(reply.contains("cramped positions"), reply);
    }

    @Test
    void beingInDemandIsTheOutlook() {
        var reply = bot.ask(null, "are welders in demand?").reply();
        assertTrue(reply.contains("both are in demand in manufacturing and construction"), reply);
    }
}
