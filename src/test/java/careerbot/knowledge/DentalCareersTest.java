package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article on dentists and orthodontists, beside the seed: one role is a kind of the other. */
class DentalCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Dentist vs. orthodontist: what's the difference?"
            roles:
              - name: dentist
              - name: orthodontist
            ---

            # Dentist vs. orthodontist: what's the difference?

            Your dentist or an orthodontist can fit clear aligners. A dentist is the first stop for most patients; \
            orthodontists see them later. An orthodontist is no product manager, but plans a treatment like one. \
            Every orthodontist is a dentist, but only about 6% of dentists are orthodontists.

            ## A typical day

            ### Dentist

            A general dentist sees 8 to 15 patients a day, most of them for check-ups and fillings.

            ### Orthodontist

            An orthodontist may see 50 or more patients a day, because most visits are short adjustments of braces.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("dentist-vs-orthodontist.md", ARTICLE);

    @Test
    void whetherOneRoleIsTheOtherIsWhatTheArticleSays() {
        var reply = bot.ask(null, "is an orthodontist a dentist?").reply();
        assertTrue(reply.contains("Every orthodontist is a dentist"), reply);
        assertFalse(reply.contains("check-ups") || reply.contains("no product manager"), reply);
        // The same sentence says it the other way: "only about 6% of dentists are orthodontists".
        var back = bot.ask(null, "is a dentist an orthodontist?").reply();
        assertTrue(back.contains("only about 6% of dentists are orthodontists"), back);
        assertFalse(back.contains("first stop") || back.contains("clear aligners"), back);
        // Asked more than whether one is the other: what each does.
        var more = bot.ask(null, "is an orthodontist a dentist who works with braces?").reply();
        assertFalse(more.startsWith("Here is what my articles say about that:\n\nEvery orthodontist"), more);
    }
}
