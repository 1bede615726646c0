package careerbot;

import careerbot.web.ChatCalls;
import careerbot.web.ChatResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Intent and answer quality on the labelled evaluation set, through the real HTTP API. Prints the report and
 * writes it to {@code target/evaluation-report.txt}.
 */
@MicronautTest
class EvaluationTest {

    private static final double TARGET = 0.90;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void singleQuestionsMeetTheQualityTargets() throws Exception {
        var report = new EvaluationReport();
        for (var c : EvaluationSet.questions()) {
            report.add(ask(null, c));
        }
        var conversations = new EvaluationReport();
        for (var dialogue : EvaluationSet.conversations()) {
            String session = null;
            for (var turn : dialogue.turns()) {
                var response = chat(session, turn.question());
                session = response.sessionId();
                conversations.add(outcome(turn, response));
            }
        }
        String text = report.render("Single questions") + "\n" + conversations.render("Conversations (per turn)");
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/evaluation-report.txt"), text);
        assertTrue(report.intentAccuracy() >= TARGET, "intent accuracy " + report.intentAccuracy());
        assertTrue(report.answerAccuracy() >= TARGET, "answer accuracy " + report.answerAccuracy());
        assertTrue(conversations.intentAccuracy() >= TARGET, "conversation intent accuracy " + conversations.intentAccuracy());
        assertTrue(conversations.answerAccuracy() >= TARGET, "conversation answer accuracy " + conversations.answerAccuracy());
    }

    @Test
    void evaluationSetIsLargeAndDisjointFromTraining() throws Exception {
        var questions = EvaluationSet.questions();
        assertTrue(questions.size() >= 150, "at least 150 labelled questions, found " + questions.size());
        Set<String> training = new HashSet<>();
        Map<?, ?> intents = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(Path.of("knowledge/intents.yml")));
        for (var entry : (List<?>) intents.get("nlu")) {
            String block = String.valueOf(((Map<?, ?>) entry).get("examples"));
            block.lines().map(l -> normalise(l.replaceFirst("^\\s*-\\s*", ""))).forEach(training::add);
        }
        for (var c : questions) {
            assertTrue(!training.contains(normalise(c.question())), "evaluation question is a training example: " + c.question());
        }
        assertEquals(questions.size(), questions.stream().map(c -> normalise(c.question())).distinct().count(),
                "evaluation questions are distinct");
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
    }

    private EvaluationReport.Outcome ask(String session, EvaluationSet.Case c) {
        return outcome(c, chat(session, c.question()));
    }

    private ChatResponse chat(String session, String message) {
        return ChatCalls.chat(client, session, message);
    }

    private static EvaluationReport.Outcome outcome(EvaluationSet.Case c, ChatResponse response) {
        return new EvaluationReport.Outcome(c, response.intent().name(), response.roles(), response.reply());
    }
}
