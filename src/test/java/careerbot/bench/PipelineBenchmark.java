package careerbot.bench;

import careerbot.dialogue.ChatService;
import io.micronaut.context.ApplicationContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The chat pipeline alone — classify, retrieve, compose — with no HTTP, one question per call, cycling through a
 * question set. Sample time, so JMH reports the median and p99 of single questions.
 * Run by {@code bench/run.sh}; {@code -p knowledge=DIR -p questions=FILE} points it at another knowledge base.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PipelineBenchmark {

    @Param("knowledge")
    public String knowledge;

    @Param("bench/questions.txt")
    public String questions;

    private ApplicationContext context;
    private ChatService chat;
    private List<String> asked;
    private int next;

    @Setup(Level.Trial)
    public void start() throws IOException {
        context = ApplicationContext.run(Map.of("careerbot.knowledge.path", knowledge, "micronaut.server.port", -1));
        chat = context.getBean(ChatService.class);
        asked = Files.readAllLines(Path.of(questions)).stream().filter(l -> !l.isBlank()).toList();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Object answer() {
        String question = asked.get(next++ % asked.size());
        return chat.replyNow(null, question).answer();
    }
}
