package org.supportdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supportdesk.channel.FakePlatform;

/**
 * Telegram repeats an update it got no timely answer for, and the repeats may arrive together. On
 * the embedded database (as `./mvnw spring-boot:run` starts it, with its local channel secrets)
 * every repeat is answered 200, as on PostgreSQL, and exactly one appeal is made: the repeats wait
 * for the first delivery's lock on the sender instead of giving up after H2's default of one second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:duplicate-deliveries;DB_CLOSE_DELAY=-1",
        "supportdesk.channels.mail.imap-url="})
@DirtiesContext
class TelegramDuplicateDeliveryH2IT {

    private static final String SECRET = "local-telegram-secret";
    private static final int REPEATS = 5;
    private static final int ROUNDS = 4;
    private static final Duration BUSY = Duration.ofMillis(2500);
    private static final FakePlatform BOT_API = new FakePlatform();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transactions;

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        BOT_API.on("/botlocal-bot-token/sendMessage", request -> FakePlatform.Response.json(200,
                "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1}}}"));
        registry.add("TELEGRAM_API_URL", BOT_API::url);
    }

    @AfterAll
    static void closeBotApi() {
        BOT_API.close();
    }

    @Test
    void concurrentRepeatsOfOneUpdateAreAllAnswered200AndMakeOneAppeal() throws Exception {
        transactions = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(REPEATS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long chat = 700_000_000L + round * 1_000L + (System.nanoTime() % 1_000);
                long updateId = 900_000_000L + chat;
                String update = """
                        {"update_id": %d, "message": {"message_id": 5, "date": 1732450000,
                         "from": {"id": %d, "is_bot": false, "first_name": "Irina"},
                         "chat": {"id": %d, "type": "private"},
                         "text": "Our database cluster in project shop-prod does not accept connections."}}"""
                        .formatted(updateId, chat, chat);

                // in the later rounds the sender is busy for longer than H2's default lock timeout, as
                // when the first delivery is slow to be taken in (a loaded machine, a large file)
                List<Integer> statuses = round < ROUNDS / 2
                        ? deliverTogether(pool, update, REPEATS)
                        : whileSenderIsBusy(Long.toString(chat), () -> deliverTogether(pool, update, REPEATS));

                assertThat(statuses).as("round %d", round).hasSize(REPEATS).allMatch(status -> status == 200);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE channel = 'TELEGRAM' AND channel_address = :c")
                        .param("c", Long.toString(chat)).query(Long.class).single()).as("round %d", round).isOne();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_receipt WHERE channel = 'TELEGRAM' AND external_id = :u")
                        .param("u", Long.toString(updateId)).query(Long.class).single()).isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Holds the sender's identity row, as a delivery being taken in does, for longer than a second. */
    private <T> T whileSenderIsBusy(String chat, Callable<T> work) throws Exception {
        jdbc.sql("""
                INSERT INTO channel_identity (channel, address, first_seen_at, last_seen_at)
                VALUES ('TELEGRAM', :c, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").param("c", chat).update();
        ExecutorService holder = Executors.newSingleThreadExecutor();
        CountDownLatch held = new CountDownLatch(1);
        try {
            Future<?> lock = holder.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("SELECT id FROM channel_identity WHERE channel = 'TELEGRAM' AND address = :c FOR UPDATE")
                        .param("c", chat).query(Long.class).single();
                held.countDown();
                try {
                    Thread.sleep(BUSY.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            held.await(10, TimeUnit.SECONDS);
            T result = work.call();
            lock.get(30, TimeUnit.SECONDS);
            return result;
        } finally {
            holder.shutdownNow();
        }
    }

    private List<Integer> deliverTogether(ExecutorService pool, String update, int times) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(TelegramWebhookController.SECRET_HEADER, SECRET);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return http.postForEntity("/webhooks/telegram", new HttpEntity<>(update, headers), String.class)
                        .getStatusCode().value();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }
}
