package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on dietitians and nutritionists, beside the seed: numbered headings, where each works as a list under
 * the role's name in bold, and advice that names one role by its science ("Choose dietetics if…").
 */
class NutritionCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Dietitian vs. nutritionist: what's the difference?"
            roles:
              - name: dietitian
                aliases: [dietitians, registered dietitian]
              - name: nutritionist
                aliases: [nutritionists]
            ---

            # Dietitian vs. nutritionist: what's the difference?

            Both help people eat better, but the two titles differ in training, in regulation and in where the work \
            happens.

            ## 1. What they do

            **Dietitians** design meal plans for conditions such as diabetes or kidney disease and monitor how patients \
            respond.

            **Nutritionists** advise healthy people on food choices, weight management and sports performance.

            ## 2. Where they work

            **Dietitian**

            - Hospitals and long-term care homes
            - Outpatient clinics and dialysis centers

            **Nutritionist**

            - Gyms, spas and wellness centers
            - Private practice, often online

            ## Which should you choose?

            Choose dietetics if you want to work in health care, treat patients with medical conditions and have a \
            protected title. Choose to become a nutritionist if you want a faster start and like running your own \
            business.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("dietitian-vs-nutritionist.md", ARTICLE);

    @Test
    void aNumberedHeadingSaysItsTopicPastItsNumber() {
        var where = bot.ask(null, "where do nutritionists work?");
        assertTrue(where.reply().contains("Gyms, spas and wellness centers"), where.reply());
        assertFalse(where.reply().contains("Choose dietetics"), where.reply());
        assertTrue(where.reply().contains("— Where they work_"), where.reply());
    }

    @Test
    void aScienceNamesThoseWhoPractiseIt() {
        for (var message : new String[] {"I want to treat patients with diabetes",
                "I want to treat patients with diabetes, dietitian or nutritionist?"}) {
            var reply = bot.ask(null, message).reply();
            assertTrue(reply.contains("the **dietitian** role looks like the better fit"), message + ": " + reply);
            assertTrue(reply.contains("Choose dietetics"), message + ": " + reply);
        }
    }
}
