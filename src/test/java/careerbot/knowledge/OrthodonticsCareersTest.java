package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dentists and orthodontists, beside the seed, in an article with no section on their differences: a section that
 * says something of both at once before something of each sets that first under its heading in their comparison.
 */
class OrthodonticsCareersTest {

    private static final String ARTICLE = """
            # Dentist vs. Orthodontist: What's the Difference?

            ## What does a dentist do?

            Dentists diagnose and treat problems with teeth and gums.

            ## What does an orthodontist do?

            Orthodontists specialise in the alignment of teeth and jaws.

            ## Education and training

            Both start with a bachelor's degree and four years of dental school. Dentists can then get licensed and \
            start practising. Orthodontists go on to a residency of two to three more years.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("dentist-vs-orthodontist.md", ARTICLE);

    @Test
    void whatASectionSaysOfBothRolesHeadsWhatItSaysOfEach() {
        var compared = bot.ask(null, "dentist vs orthodontist").reply();
        assertTrue(compared.contains("**Education and training**\nBoth start with a bachelor's degree and four years "
                + "of dental school.\n- *Dentist:* Dentists can then get licensed and start practising.\n"
                + "- *Orthodontist:* Orthodontists go on to a residency of two to three more years."), compared);
    }
}
