package io.adslot.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's headless {@code chromium} driven over the Chrome DevTools Protocol, for tests that need a real
 * browser to run a page's scripts: set the viewport (headless windows are at least 500 px wide, so a
 * phone's 390 px needs device-metrics emulation), load a local file, and evaluate a script, awaiting the
 * promise it returns. Every wait is on an answer or an event, bounded by a generous timeout for a loaded
 * machine; nothing sleeps a fixed time.
 */
final class DevToolsBrowser implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    /** Bound on any one protocol answer or page event; a loaded 2-core machine is slow, not that slow. */
    private static final long TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> awaitedEvents = new ConcurrentHashMap<>();

    private DevToolsBrowser(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts a browser with a fresh profile and every background network feature off, on about:blank. */
    static DevToolsBrowser launch() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("adslot-devtools-");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = devToolsPort(process);
            String pageSocket = pageSocket(port);
            DevToolsBrowser[] self = new DevToolsBrowser[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(pageSocket), new Listener(message -> self[0].receive(message)))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            self[0] = new DevToolsBrowser(process, profile, socket);
            self[0].send("Page.enable", Map.of());
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw new IOException("chromium did not start its DevTools endpoint: " + e, e);
        }
    }

    /** Reads chromium's stderr up to the line that names its DevTools port, then drains the rest. */
    private static int devToolsPort(Process process) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            int at = line.indexOf("DevTools listening on ws://127.0.0.1:");
            if (at >= 0) {
                String rest = line.substring(at + "DevTools listening on ws://127.0.0.1:".length());
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the browser exited
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(rest.substring(0, rest.indexOf('/')));
            }
        }
        throw new IOException("chromium exited before opening its DevTools endpoint");
    }

    private static String pageSocket(int port) throws IOException, InterruptedException {
        HttpResponse<String> list = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if (target.path("type").asText().equals("page")) {
                return target.path("webSocketDebuggerUrl").asText();
            }
        }
        throw new IOException("no page target in " + list.body());
    }

    /** The viewport the page sees, in CSS pixels, as a device of that size would give it. */
    void viewport(int width, int height) throws IOException {
        send("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Loads a local file and waits for its load event. */
    void open(Path file) throws IOException {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        awaitedEvents.put("Page.loadEventFired", loaded);
        send("Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()));
        await(loaded, "the load event of " + file);
    }

    /**
     * Evaluates a script in the page; when it returns a promise, waits for it. Returns the value as JSON
     * (the script should return something JSON-serialisable).
     *
     * @throws IOException with the page's exception text when the script throws or the promise rejects
     */
    JsonNode evaluate(String expression) throws IOException {
        JsonNode answer = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (answer.has("exceptionDetails")) {
            JsonNode details = answer.path("exceptionDetails");
            throw new IOException("script failed in the page: " + details.path("exception").path("description").asText(
                    details.path("text").asText()));
        }
        return answer.path("result").path("value");
    }

    private JsonNode send(String method, Map<String, Object> params) throws IOException {
        int id = nextId.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode reply = await(answer, method);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.path("error"));
        }
        return reply.path("result");
    }

    private static JsonNode await(CompletableFuture<JsonNode> future, String what) throws IOException {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + what, e);
        } catch (Exception e) {
            throw new IOException("no answer within " + TIMEOUT_SECONDS + " s to " + what, e);
        }
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = answers.remove(message.path("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                CompletableFuture<JsonNode> event = awaitedEvents.remove(message.path("method").asText());
                if (event != null) {
                    event.complete(message.path("params"));
                }
            }
        } catch (IOException e) {
            answers.values().forEach(a -> a.completeExceptionally(e));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException e) {
            // the browser is going away anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A helper process still exiting holds a profile file, or writes and removes one while the walk
            // lists the folder (the walk then throws unchecked); the temp folder is cleaned later.
        }
    }

    /** Joins a message's fragments and hands each whole message on. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                onMessage.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
