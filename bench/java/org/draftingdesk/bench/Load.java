package org.draftingdesk.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Closed-loop load: N threads call as fast as answers come, for a fixed time; latencies kept. */
final class Load {

    /** One call; returns true when the answer was what a client expects. */
    interface Call {
        boolean call() throws Exception;
    }

    record Stats(long requests, long errors, double medianMs, double p99Ms, double perSecond) {}

    record Target(String baseUrl, String jdbcUrl, String dbUser, String dbPassword, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
        }
    }

    record Timing(int threads, Duration warmUp, Duration measure) {}

    private Load() {}

    static Stats run(Timing timing, IntFunction<Call> perThread) throws InterruptedException {
        int n = timing.threads();
        long[][] latencies = new long[n][];
        long[] counts = new long[n];
        long[] errors = new long[n];
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(n);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            latencies[t] = new long[1 << 14];
            int index = t;
            Call call = perThread.apply(t);
            Thread thread = new Thread(
                    () -> {
                        try {
                            // Until stopped, and in any case until this thread has one measured call.
                            while (!stop.get() || counts[index] + errors[index] == 0) {
                                // A call counts when it started inside the window, however long it takes.
                                boolean counted = measuring.get();
                                long start = System.nanoTime();
                                boolean ok;
                                try {
                                    ok = call.call();
                                } catch (Exception e) {
                                    ok = false;
                                }
                                long took = System.nanoTime() - start;
                                if (counted) {
                                    if (!ok) {
                                        errors[index]++;
                                    } else {
                                        if (counts[index] == latencies[index].length) {
                                            latencies[index] =
                                                    Arrays.copyOf(latencies[index], latencies[index].length * 2);
                                        }
                                        latencies[index][(int) counts[index]++] = took;
                                    }
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "load-" + t);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(timing.warmUp().toMillis());
        measuring.set(true);
        long from = System.nanoTime();
        Thread.sleep(timing.measure().toMillis());
        stop.set(true);
        done.await();
        double seconds = (System.nanoTime() - from) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (int t = 0; t < n; t++) {
            System.arraycopy(latencies[t], 0, all, k, (int) counts[t]);
            k += (int) counts[t];
        }
        Arrays.sort(all);
        double median = all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6;
        double p99 = all.length == 0
                ? Double.NaN
                : all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6;
        return new Stats(total, Arrays.stream(errors).sum(), median, p99, total / seconds);
    }

    /** HTTP with Basic credentials (the API) and, after {@link #signIn}, a session cookie (the pages). */
    static final class Http {
        final HttpClient client;
        final String base;
        final String basic;

        Http(Target target) {
            this.base = target.baseUrl().endsWith("/")
                    ? target.baseUrl().substring(0, target.baseUrl().length() - 1)
                    : target.baseUrl();
            this.basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((target.user() + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
            this.client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        HttpRequest.Builder api(String path) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic)
                    .timeout(Duration.ofMinutes(5));
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(api(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
            return client.send(
                    api(path)
                            .header("Content-Type", contentType)
                            .method(method, HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Form sign-in, as a browser does (with the login form's CSRF field when it has one). */
        void signIn(Target target) throws Exception {
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            StringBuilder form = new StringBuilder("j_username=")
                    .append(enc(target.user()))
                    .append("&j_password=")
                    .append(enc(target.password()));
            Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(login.body());
            while (hidden.find()) {
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(hidden.group());
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
                if (name.find() && value.find()) {
                    form.append('&').append(enc(name.group(1))).append('=').append(enc(value.group(1)));
                }
            }
            HttpResponse<String> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", base)
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 302 && r.statusCode() != 303 && r.statusCode() != 200) {
                throw new IllegalStateException("Sign-in answered " + r.statusCode());
            }
        }

        HttpResponse<String> page(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofMinutes(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
