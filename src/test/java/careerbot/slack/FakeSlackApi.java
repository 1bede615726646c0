package careerbot.slack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Slack's Web API: a real HTTP server on loopback that records every {@code chat.postMessage} and
 * answers {@code ok: true}, or whatever the test scripted next (429 with Retry-After, {@code ok: false}, 5xx, a delay).
 */
public final class FakeSlackApi implements AutoCloseable {

    /** One request Slack would have received. */
    public record Call(long atMillis, String authorization, String contentType, String body) { }

    /** A scripted answer. */
    public record Scripted(int status, Map<String, String> headers, String body, Duration delay) {
        public static Scripted ok() {
            return new Scripted(200, Map.of(), "{\"ok\":true}", Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final Map<String, BlockingQueue<Call>> calls = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Call> all = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Scripted>> scripts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile("\"channel\":\"([^\"]*)\"");

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/api/chat.postMessage", exchange -> {
            var call = new Call(System.currentTimeMillis(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            all.add(call);
            var channel = CHANNEL.matcher(call.body());
            String name = channel.find() ? channel.group(1) : "";
            queue(name).add(call);
            var script = scripts.get(name);
            var answer = script == null ? null : script.poll();
            if (answer == null) {
                answer = Scripted.ok();
            }
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    /** How the next post to a channel is answered; each test uses channels of its own, so no answer goes astray. */
    public void then(String channel, Scripted answer) {
        scripts.computeIfAbsent(channel, c -> new ConcurrentLinkedQueue<>()).add(answer);
    }

    /** The next postMessage to a channel, waiting up to the given time; null when none came. */
    public Call next(String channel, Duration wait) throws InterruptedException {
        return queue(channel).poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private BlockingQueue<Call> queue(String channel) {
        return calls.computeIfAbsent(channel, c -> new LinkedBlockingQueue<>());
    }

    public List<Call> all() {
        return all;
    }

    public void reset() {
        calls.clear();
        all.clear();
        scripts.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
