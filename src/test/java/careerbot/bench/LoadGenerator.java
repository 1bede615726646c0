package careerbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load: exactly N chat requests over C connections (wrk has no request count), cycling through a
 * question file, optionally each with a new sessionId. Prints requests, errors, requests/s and latency percentiles.
 * <p>
 * {@code java -cp … careerbot.bench.LoadGenerator <url> <requests> <connections> <questions> [new-sessions]}
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0]);
        int total = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        List<String> questions = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
        boolean newSessions = args.length > 4 && Boolean.parseBoolean(args[4]);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        var next = new AtomicInteger();
        var errors = new AtomicLong();
        long[] latencies = new long[total];
        var done = new CountDownLatch(connections);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            var worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String question = questions.get(i % questions.size()).replace("\\", "\\\\").replace("\"", "\\\"");
                    String session = newSessions ? "\"sessionId\":\"load-" + i + "\"," : "";
                    var request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{" + session + "\"message\":\"" + question + "\"}")).build();
                    long t0 = System.nanoTime();
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                done.countDown();
            });
            worker.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("requests=%d errors=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", total, errors.get(),
                seconds, total / seconds, latencies[total / 2] / 1e6, latencies[(int) (total * 0.99)] / 1e6, latencies[total - 1] / 1e6);
    }
}
