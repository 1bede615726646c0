package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on medical coders and billers that names the coder by the field ("medical coding"), whose verb lost its
 * "e" ("code", "coding"): the field names the coder as "billing" names the biller.
 */
class MedicalCodingCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Medical coder vs. medical biller: what's the difference?"
            roles:
              - name: medical coder
                aliases: [medical coders, coder, coders]
              - name: medical biller
                aliases: [medical billers, biller, billers]
            ---

            # Medical coder vs. medical biller: what's the difference?

            ## What does a medical coder do?

            A medical coder translates each diagnosis and procedure into standard codes, such as ICD-10 codes.

            ## What does a medical biller do?

            A medical biller uses those codes to create claims and sends them to insurance companies.

            ## Can I work from home?

            Yes. Medical coding is one of the most common remote jobs in healthcare, and many billers also work
            remotely once they have experience.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("medical-coder-vs-biller.md", ARTICLE);

    @Test
    void aFieldWhoseVerbEndsInEAndShortNamesItsRole() {
        var coding = bot.ask(null, "is coding a remote job?");
        assertEquals(List.of("medical coder"), coding.roles(), coding.reply());
        assertTrue(coding.reply().contains("Medical coding is one of the most common remote jobs"), coding.reply());
    }
}
