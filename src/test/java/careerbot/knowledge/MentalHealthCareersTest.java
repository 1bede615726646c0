package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on psychologists and psychiatrists, beside the seed: the way into each role as a numbered list under a
 * lead-in ("Becoming a psychologist:") in a section on both, a field ("psychology") that shares its start with
 * another word ("psychotherapy"), and words users put otherwise ("drugs", "minutes", "doctorate").
 */
class MentalHealthCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Psychologist or psychiatrist? How the two mental health careers differ"
            roles:
              - name: psychologist
              - name: psychiatrist
            ---

            # Psychologist or psychiatrist? How the two mental health careers differ

            A psychiatrist is a physician and can prescribe medication, while a psychologist holds a doctorate in \
            psychology and treats patients mainly through talk therapy.

            ## Psychiatrist: role and duties

            A psychiatrist diagnoses mental illness and orders lab tests. Some psychiatrists also offer \
            psychotherapy.

            Appointments with a psychiatrist are often short reviews of 15 to 30 minutes.

            ## The path to each career

            Becoming a psychologist:

            1. Earn a bachelor's degree in psychology or a related field.
            2. Complete a doctorate, either a PhD or a PsyD, which takes five to seven years.
            3. Finish a supervised internship and one or two years of postdoctoral practice.
            4. Pass the Examination for Professional Practice in Psychology (EPPP) to get a state license.

            Becoming a psychiatrist:

            1. Earn a bachelor's degree and take the MCAT.
            2. Graduate from medical school with an MD or DO (four years).
            3. Complete a four-year psychiatry residency.
            4. Pass the board exams of the American Board of Psychiatry and Neurology.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("psychologist-vs-psychiatrist.md", ARTICLE);

    @Test
    void theWayInIsEveryStepItsLeadInLists() {
        var psychologist = bot.ask(null, "how do I become a psychologist?").reply();
        assertTrue(psychologist.contains("Becoming a psychologist:"), psychologist);
        assertTrue(psychologist.contains("Complete a doctorate"), psychologist);
        assertTrue(psychologist.contains("Finish a supervised internship"), psychologist);
        assertTrue(psychologist.contains("Pass the Examination"), psychologist);
        // Compared, the steps that happen to name the field ("psychology", "psychiatry") are not the whole way.
        var compared = bot.ask(null, "psychologist vs psychiatrist").reply();
        assertFalse(compared.contains("Complete a four-year psychiatry residency"), compared);
        assertFalse(psychologist.contains("MCAT"), psychologist);
        var psychiatrist = bot.ask(null, "what are the steps to become a psychiatrist?").reply();
        assertTrue(psychiatrist.contains("Pass the board exams"), psychiatrist);
        assertFalse(psychiatrist.contains("PsyD"), psychiatrist);
    }

    @Test
    void questionsWordedOtherwiseFindWhatTheArticleSays() {
        var drugs = bot.ask(null, "can a psychiatrist prescribe drugs?").reply();
        assertTrue(drugs.contains("can prescribe medication"), drugs);
        var appointments = bot.ask(null, "how long is an appointment with a psychiatrist?").reply();
        assertTrue(appointments.contains("15 to 30 minutes"), appointments);
        var doctorate = bot.ask(null, "how long does it take to become a psychologist?").reply();
        assertTrue(doctorate.contains("Complete a doctorate"), doctorate);
    }

    @Test
    void aWordSharingTheFieldsStartIsNotTheField() {
        assertEquals(List.of("psychiatrist"), bot.ask(null, "does a psychiatrist do psychotherapy?").roles());
        assertEquals(List.of("psychologist"), bot.ask(null, "what is psychology?").roles());
    }
}
