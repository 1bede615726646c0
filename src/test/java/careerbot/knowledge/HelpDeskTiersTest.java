package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tier 1 and Tier 2 support technicians, beside the seed, named with numbers: "Most Tier 2 technicians started in
 * Tier 1" says the move up, as "started as" would; "what do I need to become…" asks for the requirements.
 */
class HelpDeskTiersTest {

    private static final String ARTICLE = """
            ---
            title: "Tier 1 vs. Tier 2 support: how the IT help desk is organised"
            roles:
              - name: tier 1 support technician
                aliases: [tier 1 technician, tier 1, level 1 support, L1]
              - name: tier 2 support technician
                aliases: [tier 2 technician, tier 2, level 2 support, L2]
            ---

            # Tier 1 vs. Tier 2 support: how the IT help desk is organised

            Most IT help desks split their staff into tiers. Tickets start at Tier 1 and move up only when they need
            more expertise.

            ## Tier 1 support technician

            Tier 1 technicians are the first point of contact. They answer calls, chats and emails, reset passwords,
            install approved software and follow scripted troubleshooting guides. A Tier 1 technician resolves about
            60–70% of tickets without escalating them.

            ## Tier 2 support technician

            Tier 2 technicians take the tickets Tier 1 cannot solve. They have deeper knowledge of the company's
            systems, fix problems on servers and networks, and often visit users' desks. They also write the guides
            that Tier 1 follows.

            ## Requirements

            - **Tier 1:** a high-school diploma and a certification such as CompTIA A+ are usually enough.
            - **Tier 2:** two to three years of help-desk experience, often with CompTIA Network+ or a Microsoft
              certification.

            ## Pay

            In the US, Tier 1 technicians earn roughly $40,000–$50,000 a year; Tier 2 technicians earn roughly
            $55,000–$70,000.

            ## Moving up

            Most Tier 2 technicians started in Tier 1. After a year or two of closing tickets, a Tier 1 technician who
            studies for Network+ is well placed for promotion. From Tier 2, the usual next steps are system
            administrator or network engineer.

            ## FAQ

            **Is Tier 1 support a good entry-level job?** Yes. It is one of the most common ways into IT, and you learn
            how a company's systems fit together.

            **Do Tier 2 technicians work weekends?** Sometimes. Many teams keep a Tier 2 technician on call for outages
            outside office hours.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("tier-1-vs-tier-2-support.md", ARTICLE);

    @Test
    void startedInARoleSaysAMoveFromIt() {
        var up = bot.ask(null, "can a tier 1 technician become a tier 2 technician?").reply();
        assertTrue(up.contains("Most Tier 2 technicians started in Tier 1."), up);
        var promoted = bot.ask(null, "how do I get promoted from tier 1 to tier 2?").reply();
        assertTrue(promoted.contains("Most Tier 2 technicians started in Tier 1."), promoted);
        var down = bot.ask(null, "can a tier 2 technician become a tier 1 technician?").reply();
        assertTrue(down.contains("don't cover a move"), down);
    }

    @Test
    void whatOneNeedsToBecomeOneAsksItsRequirements() {
        var needed = bot.ask(null, "what do I need to become a tier 1 technician?").reply();
        assertTrue(needed.contains("a high-school diploma and a certification such as CompTIA A+"), needed);
    }
}
