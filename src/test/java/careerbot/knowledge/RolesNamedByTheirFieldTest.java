package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles whose field is named by the verb their title's last word is made of ("content writing" for the content
 * writer, "copywriting" for the copywriter), in questions and in the article.
 */
class RolesNamedByTheirFieldTest {

    private static final String ARTICLE = """
            ---
            title: "Career paths: Copywriter vs. content writer"
            roles:
              - name: copywriter
                aliases: [copywriters]
              - name: content writer
                aliases: [content writers]
            ---

            # Career paths: Copywriter vs. content writer

            Both roles write for businesses.

            ## What does a copywriter do?

            A copywriter writes short, persuasive text that asks the reader to act.

            ## What does a content writer do?

            A content writer produces longer pieces that educate an audience, such as blog posts and guides.

            ## What are some differences between a copywriter and a content writer?

            Copywriters write short pieces under tight deadlines. Content writers write longer pieces that need more \
            research.

            ## Final thoughts

            If you like persuading people in few words, consider copywriting. If you like explaining ideas in depth, \
            content writing may suit you better.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("copywriter-vs-content-writer.md", ARTICLE);

    @Test
    void aFieldNamedByTheVerbOfTheTitleNamesTheRole() {
        var compared = bot.ask(null, "copywriting vs content writing: how do they differ?");
        assertEquals(List.of("copywriter", "content writer"), compared.roles(), compared.reply());
        assertTrue(compared.reply().contains("*Content writer:* Content writers write longer pieces"), compared.reply());
    }

    @Test
    void theArticleNamingTheFieldSaysItOfTheRole() {
        var advice = bot.ask(null, "I like explaining ideas in depth, which role suits me?").reply();
        assertTrue(advice.contains("**content writer**"), advice);
        assertTrue(advice.contains("content writing may suit you better"), advice);
    }
}
