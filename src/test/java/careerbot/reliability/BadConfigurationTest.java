package careerbot.reliability;

import careerbot.knowledge.KnowledgeFileException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken intents or templates file stops the server before it listens, with one line naming the file and the problem. */
class BadConfigurationTest {

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
        "templates.yml|'  greeting:'|'  greetings:'|template for unknown intent 'greetings'",
        "templates.yml|'  goodbye:\n    replies:'|'  goodbye:\n    nothing:'|intent 'goodbye' needs a list of 'replies'",
        "intents.yml|'      - see ya\n      - that''s all, bye\n'|''|'goodbye' has 14 examples; it needs at least 15",
        "intents.yml|'nlu:'|'nlu: ['|not valid YAML",
        "intents.yml|'  - intent: thanks'|'  - intent: thankyou'|unknown intent 'thankyou'",
        "templates.yml|'intents:'|'intent:'|no 'intents' mapping",
        "intents.yml|'{when: [how, become], topic: education}'|'{when: how become, topic: education}'|needs 'when' (a list of words)",
        "intents.yml|'career_advice: help}'|'career_advice: helps}'|'tell_me_more' names an unknown intent",
        "intents.yml|'  next: {role_overview'|'  nxt: {role_overview'|'tell_me_more' needs 'cues', 'fillers' and 'next'",
    })
    void brokenFileStopsStartUpInOneLine(String file, String find, String replace, String problem, @TempDir Path folder)
            throws IOException {
        try (var files = Files.list(Path.of("knowledge"))) {
            for (var f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        var target = folder.resolve(file);
        String content = Files.readString(target);
        String find1 = find.replace("\\n", "\n");
        assertTrue(content.contains(find1), "the test edits something that is there: " + find1);
        Files.writeString(target, content.replaceFirst(java.util.regex.Pattern.quote(find1),
                java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n"))));

        var e = assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class,
                Map.of("careerbot.knowledge.path", folder.toString(), "micronaut.server.port", -1)).close());
        KnowledgeFileException problemFound = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof KnowledgeFileException k) {
                problemFound = k;
            }
        }
        assertNotNull(problemFound, "a knowledge file problem: " + e);
        assertTrue(problemFound.getMessage().contains(file), problemFound.getMessage());
        assertTrue(problemFound.getMessage().contains(problem), problemFound.getMessage());
        assertEquals(1, problemFound.getMessage().lines().count());
    }
}
