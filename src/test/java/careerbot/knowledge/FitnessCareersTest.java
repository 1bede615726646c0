package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal trainers and fitness instructors, beside the seed: the advice names one role and then, in a sentence
 * opening the same way, the other's work without its name ("Choose teaching classes if …").
 */
class FitnessCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Personal trainer or fitness instructor?"
            roles:
              - name: personal trainer
                aliases: [PT]
              - name: fitness instructor
            ---

            # Personal trainer or fitness instructor?

            ## Personal trainers

            Personal trainers work one-on-one with clients. They assess fitness, set goals and design training programs.

            ## Fitness instructors

            Fitness instructors lead group classes such as spin, aerobics or Pilates.

            ## Which should you choose?

            Choose personal training if you like building relationships and tailoring plans to one person. Choose \
            teaching classes if you love performing, music and motivating a crowd.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("personal-trainer-vs-fitness-instructor.md", ARTICLE);

    @Test
    void adviceOpeningAsTheAdviceOnTheOtherRoleDidIsOnThisOne() {
        var crowd = bot.ask(null, "which suits me? I love music and motivating a crowd").reply();
        assertTrue(crowd.startsWith("From what you say you like, the **fitness instructor** role"), crowd);
        assertTrue(crowd.contains("Choose teaching classes if you love performing"), crowd);
        var relationships = bot.ask(null, "I like building relationships").reply();
        assertTrue(relationships.startsWith("From what you say you like, the **personal trainer** role"), relationships);
        var compared = bot.ask(null, "PT vs fitness instructor").reply();
        assertTrue(compared.contains("- *Fitness instructor:* Choose teaching classes if you love performing"),
                compared);
    }
}
