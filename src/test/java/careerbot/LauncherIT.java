package careerbot;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/careerbot} on the packaged jar (run by failsafe, after {@code package}): the first run writes the AppCDS
 * archive as it stops, the next maps it, both answer over HTTP.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/careerbot");
    private static final Path PACKAGED_JAR = Path.of("target/careerbot-0.1.jar");
    private static final String QUESTION = "/api/ask?q=what+does+a+product+owner+do";

    @Test
    void firstRunWritesTheArchiveAsItStopsAndTheNextRunMapsIt(@TempDir Path folder) throws Exception {
        Path jar = Files.copy(PACKAGED_JAR, folder.resolve("careerbot.jar"));
        Path archive = folder.resolve("careerbot.jsa");

        var first = start(jar, folder.resolve("first.log"), Map.of());
        String reply = askOnce(first);
        assertTrue(reply.contains("product owner") && reply.contains("Source"), reply);
        stop(first.process());
        assertTrue(Files.size(archive) > 1_000_000, "an archive of the classes loaded: " + Files.size(archive));
        try (var files = Files.list(folder)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("careerbot.jsa.")).count(),
                    "no partial archive left behind");
        }

        String logCds = Files.readString(Path.of("bin/jvm.options")).strip() + " -Xlog:cds=info";
        var second = start(jar, folder.resolve("second.log"), Map.of("JAVA_OPTS", logCds));
        assertEquals(reply, askOnce(second));
        stop(second.process());
        assertTrue(Files.readString(second.log()).contains("Mapped dynamic region"), "the archive was mapped");
    }

    @Test
    void aMissingJarIsNamedAndNothingStarts(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("out.log");
        var process = launcher(folder.resolve("nowhere.jar"), log, freePort(), Map.of()).start();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        assertTrue(Files.readString(log).contains("nowhere.jar"), Files.readString(log));
        assertFalse(Files.exists(folder.resolve("nowhere.jsa")));
    }

    private record Running(Process process, URL url, Path log) { }

    private static Running start(Path jar, Path log, Map<String, String> env) throws IOException {
        int port = freePort();
        return new Running(launcher(jar, log, port, env).start(), new URL("http://127.0.0.1:" + port), log);
    }

    private static ProcessBuilder launcher(Path jar, Path log, int port, Map<String, String> env) {
        var builder = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().putAll(Map.of(
                "CAREERBOT_JAR", jar.toString(),
                "CAREERBOT_KNOWLEDGE_PATH", Path.of("knowledge").toAbsolutePath().toString(),
                "MICRONAUT_SERVER_PORT", Integer.toString(port)));
        return builder;
    }

    /** The first reply once the bot listens: the launcher's start-up has no other signal. */
    private static String askOnce(Running bot) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        try (var client = HttpClient.create(bot.url())) {
            while (true) {
                assertTrue(bot.process().isAlive(), () -> "the bot stopped: " + read(bot.log()));
                try {
                    return client.toBlocking().retrieve(QUESTION);
                } catch (HttpClientException notYet) {
                    assertTrue(Instant.now().isBefore(deadline), () -> "no answer in 90 s: " + read(bot.log()));
                    Thread.sleep(100);
                }
            }
        }
    }

    /** SIGTERM, as a service manager stops it; the JVM writes the archive before it exits. */
    private static void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "stopped");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
