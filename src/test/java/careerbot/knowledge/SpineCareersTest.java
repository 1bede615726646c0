package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on chiropractors and physiotherapists whose headings are questions, none of them "What does a … do?":
 * what a role does is found by a search, which passes over the answer to a yes-or-no question of the role ("Do
 * chiropractors go to medical school?" over "No. …"), as that asks something else.
 */
class SpineCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Chiropractor or physiotherapist: what's the difference?"
            roles:
              - name: chiropractor
                aliases: [chiropractors, chiro]
              - name: physiotherapist
                aliases: [physiotherapists, physio, physios]
            ---

            # Chiropractor or physiotherapist: what's the difference?

            Both chiropractors and physiotherapists treat problems with muscles, joints and bones without drugs or
            surgery.

            ## What do chiropractors treat?

            Chiropractors focus on the spine and the nervous system. Their main tool is spinal manipulation, also
            called an adjustment: a quick, controlled push on a joint to improve its movement.

            ## What do physiotherapists treat?

            Physiotherapists help people recover movement after injury, illness or surgery. Physiotherapists work in
            hospitals, private clinics, sports clubs and care homes.

            ## Do chiropractors go to medical school?

            No. Chiropractors earn a Doctor of Chiropractic (DC) degree, usually four years after an undergraduate
            degree. They are called "doctor" but are not medical doctors and cannot prescribe medication.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("chiropractor-vs-physiotherapist.md", ARTICLE);

    @Test
    void whatARoleDoesIsNoAnswerToAYesOrNoQuestionOfIt() {
        var overview = bot.ask(null, "what does a chiropractor do?").reply();
        assertTrue(overview.contains("Chiropractors focus on the spine"), overview);
        assertFalse(overview.contains("No. Chiropractors"), overview);
        var school = bot.ask(null, "do chiropractors go to medical school?").reply();
        assertTrue(school.contains("not medical doctors"), school);
    }
}
