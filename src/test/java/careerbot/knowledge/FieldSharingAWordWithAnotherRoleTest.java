package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A role's field named by a word that starts another role's name: "veterinary medicine" is the veterinarian's,
 * though "veterinary" starts "veterinary technician", in the article's advice and in questions.
 */
class FieldSharingAWordWithAnotherRoleTest {

    private static final String ARTICLE = """
            ---
            title: "Veterinarian vs. veterinary technician"
            roles:
              - name: veterinarian
                aliases: [vet, vets, veterinarians]
              - name: veterinary technician
                aliases: [vet tech, vet techs, veterinary technicians]
            ---

            # Veterinarian vs. veterinary technician

            ## What does a veterinarian do?

            Veterinarians diagnose and treat illnesses in animals and perform surgery.

            ## What does a veterinary technician do?

            Veterinary technicians take blood samples, run lab tests and prepare animals for surgery.

            ## Which should you choose?

            Choose veterinary medicine if you want to make diagnoses, perform surgery and lead the care team. Choose
            veterinary technology if you prefer lab work and nursing care.
            """;

    @RegisterExtension
    static final BotWithArticle bot = BotWithArticle.alone("veterinarian-vs-veterinary-technician.md", ARTICLE);

    @Test
    void theFieldNamesItsRoleInTheAdviceAndInQuestions() {
        var surgery = bot.ask(null, "I want to perform surgery, which role suits me?");
        assertEquals(List.of("veterinarian"), surgery.roles(), surgery.reply());
        assertTrue(surgery.reply().contains("Choose veterinary medicine if you want to make diagnoses"), surgery.reply());
        var lab = bot.ask(null, "I like lab work, which role suits me?");
        assertEquals(List.of("veterinary technician"), lab.roles(), lab.reply());
        var fields = bot.ask(null, "veterinary medicine or veterinary technology, how do they differ?");
        assertEquals(List.of("veterinarian", "veterinary technician"), fields.roles(), fields.reply());
        // The whole name still wins over the field of a shorter one, and "veterinary" with a word after "and" is no
        // role of its own.
        assertEquals(List.of("veterinary technician"), bot.ask(null, "what does a veterinary technician do?").roles());
        var two = bot.ask(null, "what do a veterinary technician and a nurse do?");
        assertEquals(List.of("veterinary technician"), two.roles(), two.reply());
        // Before a job title, the field's word makes another job, which no article covers.
        var nurse = bot.ask(null, "what does a veterinary nurse do?");
        assertTrue(nurse.roles().isEmpty(), nurse.reply());
        assertTrue(nurse.reply().contains("I don't have an article about the veterinary nurse role"), nurse.reply());
        // A role's own name before a word that may end a title is the role ("lead" is a verb here).
        assertEquals(List.of("veterinarian"), bot.ask(null, "does a veterinarian lead the care team?").roles());
    }
}
