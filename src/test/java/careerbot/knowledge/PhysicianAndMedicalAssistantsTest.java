package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on physician assistants and medical assistants, beside the seed: no "#" title and no introduction, a
 * section on what each role is, sections on both with a paragraph on each ("Education", "Salary") and no section on
 * their differences; one role's overview says what it does not do ("They do not diagnose or treat patients") and, in
 * a clause after that, what it does.
 */
class PhysicianAndMedicalAssistantsTest {

    private static final String ARTICLE = """
            ---
            title: "Physician assistant vs. medical assistant"
            roles:
              - name: physician assistant
                aliases: [PA, physician assistants]
              - name: medical assistant
                aliases: [MA, medical assistants]
            ---

            ## What is a physician assistant?

            A physician assistant is a licensed clinician who examines and treats patients, diagnoses illnesses and \
            prescribes medication, working on a team with physicians.

            ## What is a medical assistant?

            A medical assistant keeps a clinic running. Medical assistants take vital signs and schedule \
            appointments. They do not diagnose or treat patients. They do not prescribe; they reassure nervous \
            visitors.

            ## Education

            Physician assistants need a master's degree from an accredited PA program, which takes about 27 months. \
            They must pass the PANCE exam. Most programs also expect 1,000 hours of clinical work.

            Medical assistants usually complete a certificate program of 9 to 12 months.

            ## Pros

            Pros of being a PA:

            - high pay

            Pros of being an MA:

            - a quick start

            ## Salary

            Physician assistants earned a median of $130,020 in 2023. Medical assistants earned a median of $42,000.

            ## Work settings

            **Physician assistants.** Most work in hospitals and clinics.

            **Medical assistants.** Most work in clinics.

            ## Schedule

            Physician assistants may work nights. Medical assistants keep office hours.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("physician-assistant-vs-medical-assistant.md", ARTICLE);

    @Test
    void rolesWithoutASectionOnTheirDifferencesAreComparedBySectionsOnBoth() {
        var reply = bot.ask(null, "PA vs MA").reply();
        assertTrue(reply.contains("**Physician assistant**\nA physician assistant is a licensed clinician"), reply);
        // The first two sentences on each.
        assertTrue(reply.contains("**Education**\n- *Physician assistant:* Physician assistants need a master's degree"
                + " from an accredited PA program, which takes about 27 months. They must pass the PANCE exam.\n- "
                + "*Medical assistant:* Medical assistants usually complete a certificate program of 9 to 12 months."),
                reply);
        assertTrue(reply.contains("**Salary**\n- *Physician assistant:* Physician assistants earned a median of "
                + "$130,020 in 2023.\n- *Medical assistant:* Medical assistants earned a median of $42,000."), reply);
        // Each role's part without the label that names it; three aspects at most; not a list's lead-in, which says
        // little without its items.
        assertTrue(reply.contains("**Work settings**\n- *Physician assistant:* Most work in hospitals and clinics.\n- "
                + "*Medical assistant:* Most work in clinics."), reply);
        assertFalse(reply.contains("1,000 hours") || reply.contains("Pros of being") || reply.contains("**Schedule**"),
                reply);
    }

    @Test
    void whatASentenceDeniesARoleFitsNoOneWhoLikesIt() {
        for (var question : new String[] {"PA or MA? I like treating patients", "PA or MA, I want to diagnose patients",
                "which suits me? I want to diagnose patients"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("the **physician assistant** role looks like the better fit"), question + ": "
                    + reply);
            assertFalse(reply.contains("They do not diagnose"), reply);
        }
        // A word of denial stops at the clause: "They do not prescribe; they reassure nervous visitors."
        var reply = bot.ask(null, "PA or MA? I like reassuring visitors").reply();
        assertTrue(reply.contains("the **medical assistant** role looks like the better fit"), reply);
    }

    @Test
    void trainingAndCollegeAreWordsOfEducation() {
        bot.ask("training", "what does an MA do?");
        var reply = bot.ask("training", "how long is the training?").reply();
        assertTrue(reply.contains("certificate program of 9 to 12 months"), reply);
        var college = bot.ask(null, "do medical assistants need college?").reply();
        assertTrue(college.contains("certificate program of 9 to 12 months"), college);
    }

    @Test
    void sectionsWrittenWithoutATitleAreFoundByTheirHeadings() {
        var reply = bot.ask(null, "medical assistant education");
        assertTrue(reply.reply().contains("certificate program of 9 to 12 months"), reply.reply());
        assertFalse(reply.reply().contains("master's degree"), reply.reply());
    }
}
