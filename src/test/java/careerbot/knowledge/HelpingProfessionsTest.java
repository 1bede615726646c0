package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's text on social workers and counselors, beside the seed: where each works is one of their differences,
 * said in a phrase ("work in private practices"); what suits whom is written "if you would rather …", and users say
 * it so too.
 */
class HelpingProfessionsTest {

    private static final String ARTICLE = """
            Skip to main content

            Career paths: What's the difference between a social worker and a counselor?

            Published August 2, 2024

                Social workers and counselors both help people through hard times.

                What does a social worker do?

                Social workers help individuals and families cope with problems such as poverty, abuse, or unemployment. They connect clients to services such as housing programs.

                What does a counselor do?

                Counselors help clients understand and manage their thoughts, feelings, and behaviors through talk therapy.

                What are some differences between a social worker and a counselor?

                Social workers tend to look at a client's whole situation, including family, housing, and money. Counselors tend to focus on a client's mental and emotional health through therapy.

                Social workers often work for government agencies, hospitals, and schools. Counselors often work in private practices, treatment centers, and schools.

                Final thoughts

                If you want to change the circumstances around people, social work may suit you. If you would rather help people work through their feelings in one-on-one sessions, counseling may be a better fit.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("social-worker-vs-counselor.txt", ARTICLE);

    @Test
    void differencesInWhereTheyWorkAreHeadedByTheirAspectThoughNoWordOfItStands() {
        var compared = bot.ask(null, "social worker vs counselor");
        assertTrue(compared.reply().contains("**Workplace**\n- *Social worker:* Social workers often work for government"),
                compared.reply());
        assertTrue(compared.reply().contains("**Focus**\n"), compared.reply());
    }

    @Test
    void whatTheUserWouldRatherDoIsWhatTheyLike() {
        var advice = bot.ask(null, "I would rather help people with their feelings");
        assertEquals(List.of("counselor"), advice.roles(), advice.reply());
        assertTrue(advice.reply().startsWith("From what you say you like, the **counselor** role"), advice.reply());
    }
}
