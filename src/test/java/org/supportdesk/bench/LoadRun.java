package org.supportdesk.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Closed-loop load: each client sends its next request when the last one is answered. Stops after
 * a duration or a number of requests; with pacing, request i leaves no earlier than i x interval
 * after the start.
 */
final class LoadRun {

    record Result(int succeeded, int failed, String firstFailure, Duration elapsed, Latencies latencies,
                  List<String> bodies) {

        double perSecond() {
            return succeeded / (elapsed.toNanos() / 1e9);
        }
    }

    private LoadRun() {
    }

    static Result run(HttpClient http, int clients, Duration duration, int maxRequests, Duration pacing,
                      int expectedStatus, boolean keepBodies, IntFunction<HttpRequest> request)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Latencies> perClient = new ArrayList<>();
        List<List<String>> bodies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            List<String> kept = new ArrayList<>();
            perClient.add(latencies);
            bodies.add(kept);
            Thread client = new Thread(() -> {
                while (true) {
                    int i = next.getAndIncrement();
                    if (i >= maxRequests || System.nanoTime() >= end) {
                        return;
                    }
                    if (!pacing.isZero()) {
                        long due = start + i * pacing.toNanos();
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            try {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    }
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request.apply(i),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == expectedStatus) {
                            latencies.add((System.nanoTime() - sent) / 1000);
                            if (keepBodies) {
                                kept.add(response.body());
                            }
                        } else {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
            }, "bench-client-" + c);
            threads.add(client);
            client.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Latencies all = Latencies.merge(perClient);
        return new Result(all.count(), failed.get(), firstFailure.get(), elapsed, all,
                bodies.stream().flatMap(List::stream).toList());
    }
}
