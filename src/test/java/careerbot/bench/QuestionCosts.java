package careerbot.bench;

import careerbot.dialogue.ChatService;
import com.sun.management.ThreadMXBean;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each question of a set costs the pipeline, one thread, after a warm-up: mean time and bytes allocated per
 * answer, by intent and for the costliest questions. JMH gives the distribution over the whole set; this says which
 * questions make its tail, and how much garbage each kind of answer leaves for the collector.
 * <p>
 * {@code java -cp <test classpath> careerbot.bench.QuestionCosts KNOWLEDGE_DIR QUESTIONS_FILE} prints Markdown.
 */
public final class QuestionCosts {

    private static final int WARM_UP_ROUNDS = 3_000;
    private static final int MEASURED_REPEATS = 2_000;
    private static final int COSTLIEST = 5;

    private record Cost(String question, String intent, double micros, long bytes) { }

    private QuestionCosts() {
    }

    public static void main(String[] args) throws IOException {
        var questions = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank()).toList();
        try (var context = ApplicationContext.run(Map.of("careerbot.knowledge.path", args[0], "micronaut.server.port", -1))) {
            var chat = context.getBean(ChatService.class);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                questions.forEach(q -> chat.replyNow(null, q));
            }
            var costs = questions.stream().map(q -> measure(chat, q)).toList();
            print(costs);
        }
    }

    private static Cost measure(ChatService chat, String question) {
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        String intent = chat.replyNow(null, question).answer().intent().label();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        for (int i = 0; i < MEASURED_REPEATS; i++) {
            chat.replyNow(null, question);
        }
        double micros = (System.nanoTime() - started) / 1_000.0 / MEASURED_REPEATS;
        return new Cost(question, intent, micros, (threads.getCurrentThreadAllocatedBytes() - bytes) / MEASURED_REPEATS);
    }

    private static void print(List<Cost> costs) {
        System.out.println("| intent | questions | mean µs | mean KB allocated |");
        System.out.println("| --- | --- | --- | --- |");
        var byIntent = new TreeMap<String, List<Cost>>();
        costs.forEach(c -> byIntent.computeIfAbsent(c.intent(), k -> new ArrayList<>()).add(c));
        byIntent.forEach((intent, list) -> System.out.println(row(intent, list)));
        System.out.println(row("**all**", costs));
        System.out.println();
        System.out.println("| costliest questions | intent | µs | KB allocated |");
        System.out.println("| --- | --- | --- | --- |");
        costs.stream().sorted(Comparator.comparingDouble(Cost::micros).reversed()).limit(COSTLIEST)
                .forEach(c -> System.out.printf("| %s | %s | %.1f | %.1f |%n", c.question().replace("|", "\\|"), c.intent(),
                        c.micros(), c.bytes() / 1024.0));
    }

    private static String row(String label, List<Cost> costs) {
        return String.format("| %s | %d | %.1f | %.1f |", label, costs.size(),
                costs.stream().mapToDouble(Cost::micros).average().orElse(0),
                costs.stream().mapToLong(Cost::bytes).average().orElse(0) / 1024.0);
    }
}
