package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on physical and occupational therapists, beside the seed: two roles sharing their last word, named
 * by their first alone or with a first word misspelt past what is read as a typo; a labelled paragraph setting them
 * side by side in a clause each.
 */
class TherapistsTest {

    private static final String ARTICLE = """
            Career paths: What's the difference between a physical therapist and an occupational therapist?

            Published August 2, 2024

            What does a physical therapist do?

            Physical therapists help injured or ill people improve their movement and manage their pain.

            What does an occupational therapist do?

            Occupational therapists help people develop, recover or keep the skills they need for daily living and working.

            Salary

            The median annual wage for physical therapists was $99,710 in May 2023. The median annual wage for occupational therapists was $96,370.

            Physical therapist vs. occupational therapist: key differences

            Focus: physical therapy treats the body's movement; occupational therapy treats the person's ability to take part in daily life.

            Typical patients: a physical therapist might treat an athlete with a torn ligament; an occupational therapist might help a child with developmental delays learn to hold a pencil.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("physical-therapist-vs-occupational-therapist.txt", ARTICLE);

    @Test
    void theNearestRoleToAMisspeltTitleIsTheOneSpeltAlike() {
        var reply = bot.ask(null, "wat does a fisical therapist do?");
        assertTrue(reply.reply().contains("nearest role I cover is the physical therapist"), reply.reply());
    }

    @Test
    void aClauseOfALabelledParagraphOnBothRolesIsQuotedForItsRole() {
        var patients = bot.ask(null, "what kind of patients does a physical therapist treat?");
        assertTrue(patients.reply().contains("Typical patients: a physical therapist might treat an athlete"),
                patients.reply());
        assertFalse(patients.reply().contains("hold a pencil"), patients.reply());
    }

    @Test
    void rolesToldApartByTheirFirstWordAloneAreCompared() {
        var pay = bot.ask(null, "physical or occupational, which pays more?");
        assertTrue(pay.reply().contains("$99,710") && pay.reply().contains("$96,370"), pay.reply());
        assertFalse(pay.reply().contains("can't answer"), pay.reply());
        // With their field after them, they are named with it: no "therapy" left over to compare them on.
        var differences = bot.ask(null, "what's the difference between physical and occupational therapy?");
        assertTrue(differences.reply().contains("*Physical therapist:* physical therapy treats"), differences.reply());
    }
}
