package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paralegals and legal secretaries, beside the seed, in an article with a table of contents, a link for a heading and
 * a list within a list: the inner list runs on after its item's words as clauses, not as one run-on phrase.
 */
class LegalSupportCareersTest {

    private static final String ARTICLE = """
            # Paralegal vs. Legal Secretary

            **Table of contents**

            - [What does a paralegal do?](#what-does-a-paralegal-do)
            - [Salary](#salary)

            ## What does a paralegal do?

            Paralegals do substantive legal work under a lawyer's supervision. They:

            - research case law and statutes
            - draft documents such as contracts and pleadings
              - prepare first drafts for the attorney's review
              - check citations

            ## What does a legal secretary do?

            Legal secretaries handle the administrative side of a law office.

            ## [Salary](https://www.bls.gov/ooh/legal/paralegals-and-legal-assistants.htm)

            The median pay for paralegals was $60,970 in May 2023. Legal secretaries earned a median of $50,110.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("paralegal-vs-legal-secretary.md", ARTICLE);

    @Test
    void aListWithinAnItemRunsOnAsItsClauses() {
        var paralegal = bot.ask(null, "what does a paralegal do?").reply();
        assertTrue(paralegal.contains("- draft documents such as contracts and pleadings: prepare first drafts for the "
                + "attorney's review; check citations\n"), paralegal);
    }

    @Test
    void aHeadingThatLinksElsewhereIsItsText() {
        var pay = bot.ask(null, "what's the salary of a legal secretary?");
        assertTrue(pay.reply().contains("Legal secretaries earned a median of $50,110."), pay.reply());
        assertTrue(pay.sources().get(0).section().equals("Salary"), pay.sources().toString());
    }
}
