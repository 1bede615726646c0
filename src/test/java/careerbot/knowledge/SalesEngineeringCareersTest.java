package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Salespeople and sales engineers, beside the seed, with a glossary whose entries open with their term and a dash
 * ("**Quota** — the amount of revenue…"): each entry defines its term.
 */
class SalesEngineeringCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Salesperson or sales engineer?"
            roles:
              - name: salesperson
                aliases: [salespeople, sales rep, sales representative, account executive, AE]
              - name: sales engineer
                aliases: [SE, solutions engineer, pre-sales engineer]
            ---

            # Salesperson or sales engineer?

            Salespeople and sales engineers work the same deals from different angles. On most B2B teams they are
            paired: the salesperson owns the relationship and the sales engineer owns the technical proof.

            ## What salespeople do

            A salesperson finds prospects, qualifies them, negotiates and closes deals. Salespeople carry a quota and
            spend their days on calls, emails and meetings with buyers.

            ## What sales engineers do

            A sales engineer explains how the product solves the buyer's technical problem. Sales engineers run demos,
            answer security questionnaires and build proofs of concept. They rarely negotiate price.

            ## Pay and commission

            Salespeople usually earn a base salary plus commission, often split 50/50 between base and variable pay.
            Sales engineers are paid mostly in base salary, with a smaller variable share, often 70/30 or 80/20.

            ## Glossary

            **Quota** — the amount of revenue a salesperson is expected to close in a period.

            **Proof of concept (POC)** — a small trial in the buyer's own environment that shows the product works for
            them.

            **OTE** — on-target earnings: base salary plus the commission earned at 100% of quota.

            ## Who is it for?

            Salespeople tend to be competitive and comfortable with rejection. Sales engineers tend to enjoy solving
            technical puzzles and teaching, and many come from software engineering or IT.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("salesperson-vs-sales-engineer.md", ARTICLE);

    @Test
    void aGlossarysEntryDefinesItsTerm() {
        var quota = bot.ask(null, "what is a quota?").reply();
        assertTrue(quota.contains("Quota — the amount of revenue a salesperson is expected to close"), quota);
        assertFalse(quota.contains("don't define"), quota);
        var earnings = bot.ask(null, "what is OTE?").reply();
        assertTrue(earnings.contains("OTE — on-target earnings") && !earnings.contains("don't define"), earnings);
        var commission = bot.ask(null, "what is commission?").reply();
        assertTrue(commission.contains("don't define commission"), commission);
    }
}
