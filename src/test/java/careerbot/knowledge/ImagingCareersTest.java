package careerbot.knowledge;

import careerbot.dialogue.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on sonographers and radiologic technologists, beside the seed: pros and cons with a sub-section for each
 * role, then one role described under an FAQ naming it by two of its names, a table setting the roles side by side,
 * the way into each in a paragraph of one section, and an FAQ on moving from one role to the other.
 */
class ImagingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Sonographer vs. radiologic technologist"
            roles:
              - name: sonographer
                aliases: [ultrasound technician, ultrasound tech, sonographers]
              - name: radiologic technologist
                aliases: [radiographer, rad tech, radiologic technologists]
            ---

            # Sonographer vs. radiologic technologist

            Both make the images doctors use to diagnose illness: sonographers with sound waves, radiologic technologists with radiation.

            > Tip: if you want to avoid working with radiation, sonography is the safer fit.

            ## What does a radiologic technologist do?

            Radiologic technologists take X-rays and position the patient and the equipment.

            ## A day on the job

            | | Sonographer | Radiologic technologist |
            | --- | --- | --- |
            | Typical workplace | Hospitals, clinics, doctors' offices | Hospitals, imaging centers, urgent care |
            | Main safety concern | Strain on the shoulder | Exposure to radiation |

            ## Pros and cons

            ### Sonographer

            Pros:
            - No radiation exposure
            - Long, one-to-one time with each patient

            Cons:
            - Repetitive strain injuries are common

            ### Radiologic technologist

            Pros:
            - Shorter programs to enter the field

            Cons:
            - Fast pace, with many patients a shift

            ## Is a sonographer the same as an ultrasound technician?

            Yes. Sonographers move a small device called a transducer over the patient's body to form an image on a screen.

            ## How to get into each career

            To become a sonographer, most people complete a two-year associate degree in diagnostic medical sonography, then pass an exam from the American Registry for Diagnostic Medical Sonography (ARDMS). Certificate programs of 12 to 18 months exist for people who already work in health care.

            To become a radiologic technologist, you usually need an associate degree in radiography and a pass in the ARRT exam.

            ## Which should you choose?

            Choose sonography if you like spending longer with each patient. Choose radiography if you want a faster pace.

            ## Can a radiologic technologist become a sonographer?

            Yes. Many rad techs take a one-year sonography certificate, since their degree already covers anatomy and patient care.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("sonographer-vs-radiologic-technologist.md", ARTICLE);

    @Test
    void aRolesSubSectionUnderAnAspectIsNotWhatTheRoleIs() {
        var does = bot.ask(null, "what does a sonographer do?");
        assertTrue(does.reply().contains("move a small device called a transducer"), does.reply());
        assertFalse(does.reply().contains("Yes."), does.reply());
        assertFalse(does.reply().contains("No radiation exposure"), does.reply());
        // The FAQ naming the role by two of its names is the section on it, quoted alone, not one passage of several
        // a search finds.
        assertEquals(List.of("Is a sonographer the same as an ultrasound technician?"),
                does.sources().stream().map(Source::section).toList(), does.reply());
    }

    @Test
    void anFaqAskedOfAnotherRoleComesAfterTheWayIntoTheRoleAsked() {
        for (var question : new String[] {"how do I become a sonographer?", "what certification do sonographers need?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("most people complete a two-year associate degree"), question + ": " + reply);
            assertFalse(reply.contains("Many rad techs take"), question + ": " + reply);
        }
        // Asked of both roles, the FAQ answers.
        var move = bot.ask(null, "can a rad tech become a sonographer?");
        assertTrue(move.reply().contains("Many rad techs take a one-year sonography certificate"), move.reply());
    }

    @Test
    void aTableRowLabelledWithTheTopicAnswersItBeforeAPhraseInPassing() {
        var where = bot.ask(null, "where do sonographers work?");
        assertTrue(where.reply().contains("Hospitals, clinics, doctors' offices"), where.reply());
        assertFalse(where.reply().contains("already work in health care"), where.reply());
    }

    @Test
    void prosAndConsAskedTogetherAreBothQuoted() {
        var both = bot.ask(null, "what are the pros and cons of being a sonographer?");
        assertTrue(both.reply().contains("No radiation exposure")
                && both.reply().contains("Repetitive strain injuries are common"), both.reply());
        assertFalse(both.reply().contains("Fast pace"), both.reply());
        var pros = bot.ask(null, "what are the pros of being a sonographer?");
        assertFalse(pros.reply().contains("Repetitive strain"), pros.reply());
    }

    @Test
    void aTermCalledSoIsDefined() {
        var term = bot.ask(null, "what is a transducer?");
        assertTrue(term.reply().contains("a small device called a transducer"), term.reply());
        assertFalse(term.reply().contains("don't define"), term.reply());
    }

    @Test
    void whatTheArticlesSayARoleIsSparedSuitsWhoDislikesIt() {
        var advice = bot.ask(null, "which is better for me if I hate radiation?");
        assertTrue(advice.reply().contains("the **sonographer** role"), advice.reply());
        assertTrue(advice.reply().contains("No radiation exposure"), advice.reply());
        var rather = bot.ask(null, "I'd rather avoid radiation: sonographer or radiographer?");
        assertTrue(rather.reply().contains("rather not do, the **sonographer** role"), rather.reply());
        var without = bot.ask(null, "I want a job without radiation");
        assertTrue(without.reply().contains("rather not do, the **sonographer** role"), without.reply());
        // A dislike the articles tie to one role without denying it still points to the other.
        var strain = bot.ask(null, "I hate repetitive strain, which job?");
        assertTrue(strain.reply().contains("the **radiologic technologist** role"), strain.reply());
    }

    @Test
    void twoNamesOfOneRoleAreTheSameRole() {
        var same = bot.ask(null, "is an ultrasound tech the same as a sonographer?");
        assertTrue(same.reply().contains("“ultrasound tech” and “sonographer” name the same role"), same.reply());
        assertTrue(same.reply().contains("move a small device"), same.reply());
        assertEquals(List.of("sonographer"), same.roles(), same.reply());
        // Two roles are no one role.
        var two = bot.ask(null, "is a sonographer the same as a radiographer?");
        assertFalse(two.reply().contains("name the same role"), two.reply());
    }

    @Test
    void aLikingBetweenTwoRolesNamedSideBySideAsksWhichSuits() {
        var advice = bot.ask(null, "I want a faster pace, sonographer or radiographer?");
        assertTrue(advice.reply().contains("the **radiologic technologist** role"), advice.reply());
        assertTrue(advice.reply().contains("Choose radiography if you want a faster pace"), advice.reply());
        // Not the roles named apart, one liked: what is asked of the other.
        var other = bot.ask(null, "I love my job as a rad tech, what does a sonographer do?");
        assertTrue(other.reply().contains("move a small device"), other.reply());
        assertFalse(other.reply().contains("better fit"), other.reply());
    }

    @Test
    void aRoleAndATopicTheArticleLeavesOutAreNotCovered() {
        // Whichever intent the model takes them for: what the role does, or advice.
        for (var question : new String[] {"radiologic technologist skills", "sonographer skills"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("don't cover that for the"), question + ": " + reply);
            assertFalse(reply.contains("take X-rays") || reply.contains("Choose"), question + ": " + reply);
        }
        var covered = bot.ask(null, "sonographer pros and cons");
        assertTrue(covered.reply().contains("Repetitive strain injuries"), covered.reply());
    }

    @Test
    void whichRolesTheBotCoversIsHelp() {
        var covered = bot.ask(null, "what roles do you cover?");
        assertTrue(covered.reply().contains("I answer career questions from my articles about the"), covered.reply());
    }
}
