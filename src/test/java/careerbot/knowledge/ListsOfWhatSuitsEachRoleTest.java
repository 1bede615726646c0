package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article that says what suits each role in lists ("Choose physical therapy if you:" and its items) and introduces
 * subsections with a sentence ending in a colon: advice picks a role by an item and quotes items with their lead-in;
 * a lead-in is never quoted without what it introduces; two roles asked which is better paid get their pay; where
 * they work is their "Work settings".
 */
class ListsOfWhatSuitsEachRoleTest {

    private static final String ARTICLE = """
            ---
            title: "Physical therapist vs. occupational therapist"
            roles:
              - name: physical therapist
                aliases: [PT, physio, physical therapists]
              - name: occupational therapist
                aliases: [OT, occupational therapists]
            ---

            # Physical therapist vs. occupational therapist

            Physical therapists and occupational therapists both help people recover after an injury, an illness or
            surgery, and both often work in hospitals, clinics and patients' homes.

            ## What does a physical therapist do?

            Physical therapists help patients improve their movement, manage pain and regain strength.

            ## Typical occupational therapist responsibilities

            An occupational therapist's responsibilities may include:

            ### Evaluating daily activities

            Occupational therapists watch a patient dress, cook or work, and find what stands in the way.

            ### Recommending adaptive equipment

            They recommend grab bars, wheelchairs and eating aids, and teach patients to use them.

            ## What are some differences between a physical therapist and an occupational therapist?

            ### Salary

            Physical therapists earned a median annual wage of $99,710 in May 2023, and occupational therapists $96,370.

            ### Work settings

            Physical therapists most often work in outpatient clinics and hospitals. Occupational therapists more often
            work in schools, nursing homes and clients' homes.

            ## Which role is right for you?

            Choose physical therapy if you:

            - enjoy sports and exercise
            - like the science of how the body moves

            Choose occupational therapy if you care about everyday life:

            - like solving practical problems
            - enjoy working with children
            """;

    @RegisterExtension
    static final BotWithArticle bot = BotWithArticle.alone("physical-therapist-vs-occupational-therapist.md", ARTICLE);

    @Test
    void adviceIsPickedByAnItemAndQuotesItAfterItsLeadIn() {
        for (String question : List.of("I like working with children, which role should I pick?",
                "PT or OT if I love solving practical problems?")) {
            var advice = bot.ask(null, question);
            assertEquals(List.of("occupational therapist"), advice.roles(), question + ": " + advice.reply());
            assertTrue(advice.reply().contains("**occupational therapist** role looks like the better fit"), advice.reply());
            assertEquals(1, advice.reply().split("Choose occupational therapy if you", -1).length - 1,
                    "the lead-in once, before the items quoted: " + advice.reply());
            assertFalse(advice.reply().contains("Choose physical therapy"), advice.reply());
        }
        // The item matched first; and a lead-in holding the user's words quotes its list once.
        var children = bot.ask(null, "I like working with children, which role should I pick?");
        assertTrue(children.reply().contains("everyday life: enjoy working with children; like solving"), children.reply());
        var everyday = bot.ask(null, "I like everyday life and working with children, which role suits me?");
        assertEquals(1, everyday.reply().split("enjoy working with children", -1).length - 1, everyday.reply());
        var someone = bot.ask(null, "PT or OT for someone who loves sports?");
        assertEquals(List.of("physical therapist"), someone.roles(), someone.reply());
        assertTrue(someone.reply().contains("**physical therapist** role looks like the better fit"), someone.reply());
        assertTrue(someone.reply().contains(
                "Choose physical therapy if you: enjoy sports and exercise; like the science of how the body moves"),
                someone.reply());
    }

    @Test
    void withNothingLikedEachRoleGetsItsLeadInWithTheWholeList() {
        var depends = bot.ask(null, "which should I choose, PT or OT?");
        assertTrue(depends.reply().contains("- **Physical therapist**: Choose physical therapy if you: enjoy sports and "
                + "exercise; like the science of how the body moves\n"), depends.reply());
        assertTrue(depends.reply().contains("- **Occupational therapist**: Choose occupational therapy if you care "
                + "about everyday life: like solving practical problems; enjoy working with children\n"), depends.reply());
    }

    @Test
    void aLeadInToSubsectionsIsQuotedWithTheirHeadings() {
        // Found for the question's words, and as what defines a word.
        for (String question : List.of("what may an occupational therapist include?", "what does occupational mean?")) {
            var leadIn = bot.ask(null, question);
            assertTrue(leadIn.reply().contains("An occupational therapist's responsibilities may include:\n"
                    + "- Evaluating daily activities\n- Recommending adaptive equipment"), question + ": " + leadIn.reply());
        }
    }

    @Test
    void twoRolesAskedWhichIsBetterPaidGetTheirPay() {
        var paid = bot.ask(null, "physio or OT, which is better paid?");
        assertTrue(paid.reply().contains("$99,710"), paid.reply());
        assertEquals(List.of("Salary"), paid.sources().stream().map(s -> s.section()).toList(), paid.reply());
    }

    @Test
    void elseIsAWayOfAskingNotATopic() {
        var more = bot.ask(null, "what else can you tell me about PTs?");
        assertFalse(more.reply().contains("“else”"), "a way of asking, not a topic: " + more.reply());
    }

    @Test
    void whereTheyWorkIsTheirWorkSettings() {
        var where = bot.ask(null, "where do physical therapists work?");
        assertTrue(where.reply().contains("outpatient clinics and hospitals"), where.reply());
        assertFalse(where.reply().contains("recover after an injury"), where.reply());
        var kids = bot.ask(null, "do OTs work with kids?");
        assertTrue(kids.reply().contains("enjoy working with children"), kids.reply());
    }
}
