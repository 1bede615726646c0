package careerbot.knowledge;

import careerbot.web.ChatCalls;
import careerbot.web.ChatResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The bot over the project's knowledge plus one more article, started once for a test class and asked through its
 * HTTP API: {@code @RegisterExtension static final BotWithArticle bot = new BotWithArticle("file.md", ARTICLE);};
 * or over that article {@link #alone}, with the project's intents, templates and synonyms.
 */
final class BotWithArticle implements BeforeAllCallback, AfterAllCallback {

    private final String file;
    private final String article;
    private final boolean alone;
    private Path folder;
    private EmbeddedServer server;
    private HttpClient client;

    BotWithArticle(String file, String article) {
        this(file, article, false);
    }

    private BotWithArticle(String file, String article, boolean alone) {
        this.file = file;
        this.article = article;
        this.alone = alone;
    }

    /** The bot over one article: its intent model learns the roles of that article only. */
    static BotWithArticle alone(String file, String article) {
        return new BotWithArticle(file, article, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("careerbot-knowledge");
        server = alone ? KnowledgeFolderTest.serverWithOnly(folder, file, article)
                : KnowledgeFolderTest.serverWith(folder, file, article);
        client = HttpClient.create(server.getURL());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        // Also run when the server failed to start (a broken article): the folder goes all the same.
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    ChatResponse ask(String session, String message) {
        return ChatCalls.chat(client, session, message);
    }
}
