package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on veterinarians and veterinary technicians, beside the seed: its paragraphs give each role's pay and
 * growth in sentences of their own, and users shorten "technician" to "tech".
 */
class VeterinaryCareersTest {

    private static final String ARTICLE = """
            ---
            title: "What's the difference between a veterinarian and a veterinary technician?"
            roles:
              - name: veterinarian
                aliases: [vet]
              - name: veterinary technician
            ---

            # What's the difference between a veterinarian and a veterinary technician?

            ## What a veterinary technician does

            A veterinary technician is the animal-care equivalent of a nurse: they collect samples and monitor \
            anesthesia.

            ## Salary and job outlook

            According to the U.S. Bureau of Labor Statistics, veterinarians earned a median salary of $119,100 in \
            May 2023. Their employment is projected to grow 19% from 2023 to 2033. Veterinary technicians earned a \
            median of $43,740.

            Veterinary technician jobs are projected to grow 20%.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("veterinarian-vs-veterinary-technician.md", ARTICLE);

    @Test
    void theOutlookOfOneRoleIsNotTheSentenceOnTheOther() {
        var technicians = bot.ask(null, "what is the job outlook for veterinary technicians?").reply();
        assertTrue(technicians.contains("Veterinary technician jobs are projected to grow 20%."), technicians);
        assertFalse(technicians.contains("19%"), technicians);
        var vets = bot.ask(null, "what is the job outlook for vets?").reply();
        assertTrue(vets.contains("veterinarians earned a median salary of $119,100 in May 2023. Their employment is "
                + "projected to grow 19%"), vets);
        assertFalse(vets.contains("20%"), vets);
    }

    @Test
    void aTitleOnTheirDifferenceOverSectionsOnOneRoleIsNoSectionOnTheirDifferences() {
        var reply = bot.ask(null, "veterinarian vs veterinary technician").reply();
        assertFalse(reply.contains("**Salary and job outlook**") || reply.contains("**What a veterinary technician "
                + "does**"), reply);
    }

    @Test
    void techShortensTechnicianInATitle() {
        var reply = bot.ask(null, "what does a veterinary tech do?");
        assertEquals(List.of("veterinary technician"), reply.roles(), reply.reply());
        assertTrue(reply.reply().contains("the animal-care equivalent of a nurse"), reply.reply());
    }
}
