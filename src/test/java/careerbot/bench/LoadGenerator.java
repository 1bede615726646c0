package careerbot.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * One keep-alive HTTP/1.1 connection on a plain socket: the JDK's HttpClient spends more CPU per request than the
     * server under test, on the same two cores. Reconnects after an error; a failed request reads as status -1.
     */
    private static final class Connection {
        private final URI url;
        private Socket socket;
        private OutputStream out;
        private DataInputStream in;

        Connection(URI url) {
            this.url = url;
        }

        int post(String json) {
            try {
                if (socket == null) {
                    socket = new Socket(url.getHost(), url.getPort());
                    socket.setTcpNoDelay(true);
                    out = new BufferedOutputStream(socket.getOutputStream());
                    in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
                }
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                out.write(("POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                int status = Integer.parseInt(line().split(" ")[1]);
                int length = 0;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                        length = Integer.parseInt(header.substring(15).strip());
                    }
                }
                in.skipNBytes(length);
                return status;
            } catch (IOException | RuntimeException e) {
                close();
                return -1;
            }
        }

        private String line() throws IOException {
            var line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    public static void main(String[] args) throws Exception {
        var url = URI.create(args[0]);
        int total = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        List<String> questions = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
        boolean newSessions = args.length > 4 && Boolean.parseBoolean(args[4]);
        var next = new AtomicInteger();
        var errors = new AtomicLong();
        long[] latencies = new long[total];
        var done = new CountDownLatch(connections);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            var worker = new Thread(() -> {
                var connection = new Connection(url);
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String question = questions.get(i % questions.size()).replace("\\", "\\\\").replace("\"", "\\\"");
                    String session = newSessions ? "\"sessionId\":\"load-" + i + "\"," : "";
                    long t0 = System.nanoTime();
                    if (connection.post("{" + session + "\"message\":\"" + question + "\"}") != 200) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                connection.close();
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
