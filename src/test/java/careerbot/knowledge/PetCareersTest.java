package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article on dog groomers and dog trainers with a section headed "Training and certification": "training", a
 * topic of the editors' synonyms, names no trainer's field, so the section is on both roles, as its text is. Each
 * role's pros and cons stand under headings of their own beneath its section.
 */
class PetCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Dog groomer vs. dog trainer: which pet career is for you?"
            roles:
              - name: dog groomer
                aliases: [dog groomers, groomer, groomers]
              - name: dog trainer
                aliases: [dog trainers, trainer, trainers]
            ---

            # Dog groomer vs. dog trainer: which pet career is for you?

            If you love dogs, grooming and training are two of the most popular ways to work with them every day.

            ## A day in the life of a dog groomer

            A groomer's day is a steady flow of appointments. Each dog is bathed, dried, brushed and clipped.

            ### Pros

            - You can start with a short course
            - Steady demand: dogs need grooming every four to eight weeks

            ### Cons

            - Physically demanding: lifting dogs and standing all day

            ## A day in the life of a dog trainer

            Trainers run group classes, such as puppy classes, and private sessions in clients' homes.

            ### Pros

            - Flexible schedule if you run your own business

            ### Cons

            - Evening and weekend classes, when owners are free

            ## Training and certification

            Neither job requires a licence in the US. Groomers usually learn through a grooming school course of a
            few weeks to a few months, or an apprenticeship in a salon. Trainers often earn a certification such as
            the CPDT-KA, which requires 300 hours of training experience and an exam.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("dog-groomer-vs-dog-trainer.md", ARTICLE);

    @Test
    void aHeadingOnATopicOfTheSynonymsNamesNoRoleByItsField() {
        for (var question : new String[] {"do I need a licence to be a dog groomer?",
                "what training do groomers need?"}) {
            var reply = bot.ask(null, question).reply();
            assertTrue(reply.contains("Groomers usually learn through a grooming school course"),
                    question + ": " + reply);
            assertFalse(reply.contains("Trainers run group classes"), question + ": " + reply);
        }
    }

    @Test
    void prosAndConsUnderHeadingsOfTheirOwnAnswerTogether() {
        var reply = bot.ask(null, "what are the pros and cons of being a dog groomer?").reply();
        assertTrue(reply.contains("**Pros**\n- You can start with a short course")
                && reply.contains("**Cons**\n- Physically demanding"), reply);
        assertFalse(reply.contains("Evening and weekend classes"), reply);
    }
}
