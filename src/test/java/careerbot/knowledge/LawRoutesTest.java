package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Solicitors and barristers in England and Wales, beside the seed: where barristers work said as "work from", a
 * step of a route in law defined in its list item ("pupillage: a year of training…"), and the steps quoted under the
 * heading that names their role, their lead-in below it.
 */
class LawRoutesTest {

    private static final String ARTICLE = """
            ---
            title: "Solicitor or barrister? Choosing your route into law"
            roles:
              - name: solicitor
                aliases: [solicitors]
              - name: barrister
                aliases: [barristers]
            ---

            # Solicitor or barrister? Choosing your route into law

            Solicitors advise clients directly; barristers specialise in advocacy in the courts.

            ## What barristers do

            Barristers are specialist advocates. Around 80% of barristers are self-employed and work from sets of
            chambers, sharing clerks and costs with other barristers.

            A barrister is usually instructed by a solicitor rather than hired by the client directly, although some
            barristers accept public access work.

            ## Becoming a barrister

            Barristers complete three components:

            1. an academic stage: a law degree, or another degree followed by a conversion course
            2. the vocational stage: a bar course, which costs between £13,000 and £19,000
            3. pupillage: a year of training in chambers or an organisation, supervised by an experienced barrister
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("solicitor-vs-barrister.md", ARTICLE);

    @Test
    void workingFromAPlaceSaysTheWorkplace() {
        var where = bot.ask(null, "where do barristers work?").reply();
        assertTrue(where.contains("work from sets of chambers"), where);
        assertFalse(where.contains("public access work"), where);
    }

    @Test
    void anItemOpeningWithTheTermAndAColonDefinesIt() {
        var pupillage = bot.ask(null, "what is pupillage?").reply();
        assertTrue(pupillage.contains("pupillage: a year of training in chambers"), pupillage);
        assertFalse(pupillage.contains("don't define"), pupillage);
    }

    @Test
    void aListUnderItsRolesHeadingKeepsItsLeadInBelowTheHeading() {
        var education = bot.ask(null, "what education does a barrister need?").reply();
        assertTrue(education.contains("**Becoming a barrister**\nBarristers complete three components:\n- "),
                education);
    }
}
