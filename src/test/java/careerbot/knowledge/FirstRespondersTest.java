package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Firefighters and EMTs, beside the seed, in Markdown as web pages write it: a picture, a line broken by "<br>",
 * footnotes, each role's pros and cons in one list under its name in bold; and questions setting a covered role
 * against a job no article covers.
 */
class FirstRespondersTest {

    private static final String ARTICLE = """
            ---
            title: "Firefighter vs. EMT"
            roles:
              - name: firefighter
                aliases: [firefighters]
              - name: emergency medical technician
                aliases: [EMT, EMTs]
            ---

            # Firefighter vs. EMT

            ![A fire engine and an ambulance parked side by side](images/responders.jpg)

            Firefighters and emergency medical technicians (EMTs) are often first on the scene of an emergency.[^1]

            ## At a glance

            | | Firefighter | EMT |
            |---|---|---|
            | Median pay (2023) | $57,120 per year | $39,410 per year |
            | Training | Fire academy, 12–16 weeks | EMT-Basic course, 120–150 hours |
            | Typical shift | 24 hours on, 48 hours off | 12-hour shifts |

            ## What EMTs do

            EMTs assess patients and take them to hospital. They work for ambulance companies and hospitals.<br>An EMT \
            cannot start an IV; that is the work of a paramedic.

            ## Pros and cons

            **EMT**

            - Pro: quick to start
            - Pro: a stepping stone to nursing
            - Con: low pay for the responsibility
            - Con: high burnout

            [^1]: Pay figures are from the U.S. Bureau of Labor Statistics.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("firefighter-vs-emt.md", ARTICLE);

    @Test
    void aLineBrokenInHtmlEndsItsSentence() {
        var where = bot.ask(null, "where do EMTs work?").reply();
        assertTrue(where.contains("They work for ambulance companies and hospitals."), where);
        assertFalse(where.contains("hospitals.An"), where);
        assertFalse(where.contains("start an IV"), where);
    }

    @Test
    void footnotesAreReadUnderTheirOwnHeadingAndTheirMarksAreNoWords() {
        var figures = bot.ask(null, "where do the pay figures come from?").reply();
        assertTrue(figures.contains("Pay figures are from the U.S. Bureau of Labor Statistics."), figures);
        assertTrue(figures.contains("— Notes_"), figures);
        var first = bot.ask(null, "who is first on the scene of an emergency?").reply();
        assertTrue(first.contains("often first on the scene of an emergency."), first);
        assertFalse(first.contains("[^1]"), first);
    }

    @Test
    void aPicturesDescriptionIsNoSentenceOfTheArticle() {
        var parked = bot.ask(null, "is an ambulance parked beside the fire engine?").reply();
        assertFalse(parked.contains("parked side by side"), parked);
    }

    @Test
    void theItemsOfARolesListLabelledAsAskedAreQuotedAlone() {
        var cons = bot.ask(null, "what are the cons of being an EMT?").reply();
        assertTrue(cons.contains("- Con: low pay for the responsibility\n- Con: high burnout"), cons);
        assertFalse(cons.contains("quick to start"), cons);
        var both = bot.ask(null, "EMT pros and cons").reply();
        assertTrue(both.contains("quick to start") && both.contains("high burnout"), both);
    }

    @Test
    void aRowSayingTheTopicOnlyOfAnotherRoleIsLeftOutBesideOneSayingItOfTheRoleAsked() {
        var firefighters = bot.ask(null, "what hours do firefighters work?").reply();
        assertTrue(firefighters.contains("Typical shift — Firefighter: 24 hours on, 48 hours off"), firefighters);
        assertFalse(firefighters.contains("120–150 hours"), firefighters);
        var emts = bot.ask(null, "what hours do EMTs work?").reply();
        assertTrue(emts.contains("Training — EMT: EMT-Basic course, 120–150 hours"), emts);
        assertTrue(emts.contains("Typical shift — EMT: 12-hour shifts"), emts);
    }

    @Test
    void aJobSetAgainstACoveredRoleIsOneNoArticleCovers() {
        var paramedic = bot.ask(null, "firefighter or paramedic, which pays more?").reply();
        assertTrue(paramedic.startsWith("I don't have an article about the paramedic role."), paramedic);
        var nurse = bot.ask(null, "is a firefighter or a nurse better paid?").reply();
        assertTrue(nurse.startsWith("I don't have an article about the nurse role."), nurse);
        var covered = bot.ask(null, "which pays more, firefighter or EMT?").reply();
        assertTrue(covered.contains("Firefighter: $57,120 per year; EMT: $39,410 per year"), covered);
        // A word of a covered role's name alone is that role.
        var technician = bot.ask(null, "firefighter vs technician").reply();
        assertTrue(technician.contains("**Firefighter vs emergency medical technician**"), technician);
    }
}
