package org.supportdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supportdesk.channel.ChannelScenarioSupport;
import org.supportdesk.channel.FakePlatform;

/**
 * Files a run of the desk queued but never fetched (it stopped or crashed first) are fetched by the
 * next run: the rows are written before this application starts, into a database of the test's own,
 * and the fresh application keeps both files, in the order the customer sent them.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/" + InboundFilesAfterRestartPostgresIT.DATABASE,
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=" + ChannelScenarioSupport.ADMIN_PASSWORD,
        "TELEGRAM_BOT_TOKEN=" + ChannelScenarioSupport.TELEGRAM_BOT_TOKEN,
        "TELEGRAM_SECRET_TOKEN=" + ChannelScenarioSupport.TELEGRAM_SECRET})
@DirtiesContext
class InboundFilesAfterRestartPostgresIT {

    static final String DATABASE = "supportdesk_inbound_files";
    private static final String BOT = "/bot" + ChannelScenarioSupport.TELEGRAM_BOT_TOKEN;
    private static final FakePlatform PLATFORM = new FakePlatform();

    @Autowired
    JdbcClient jdbc;

    /** What the run before this one left: an appeal from a Telegram chat and two of its files, unfetched. */
    @BeforeAll
    static void leftByAnEarlierRun() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        Flyway.configure().dataSource(url(DATABASE), "postgres", "").locations("classpath:db/migration").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url(DATABASE), "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO appeal (id, appeal_number, channel, status, description, language, priority, category,
                        received_at, access_token_hash, channel_address)
                    VALUES (1, 'SD-RESTART-1', 'TELEGRAM', 'OPEN', 'Screens of the failing deploy', 'EN', 'MIDDLE',
                        'UNCLASSIFIED', now(), 'not-a-token', '4711')""");
            sql.execute("""
                    INSERT INTO inbound_file (appeal_id, channel, file_name, reference, status, next_attempt_at,
                        created_at)
                    VALUES (1, 'TELEGRAM', 'first.png', 'first', 'PENDING', now(), now()),
                           (1, 'TELEGRAM', 'second.png', 'second', 'PENDING', now(), now())""");
        }
        PLATFORM.on(BOT + "/getFile", request -> FakePlatform.Response.json(200,
                "{\"ok\":true,\"result\":{\"file_path\":\"documents/" + (request.bodyText().contains("first")
                        ? "first" : "second") + ".png\"}}"));
        PLATFORM.on("/file" + BOT + "/documents/first.png",
                request -> FakePlatform.Response.bytes(ChannelScenarioSupport.PNG));
        PLATFORM.on("/file" + BOT + "/documents/second.png",
                request -> FakePlatform.Response.bytes(ChannelScenarioSupport.PNG));
    }

    @DynamicPropertySource
    static void platformAddress(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_API_URL", PLATFORM::url);
    }

    @AfterAll
    static void stopPlatform() {
        // the database stays until the next run drops it: the application holds it until its context closes
        PLATFORM.close();
    }

    @Test
    void filesQueuedBeforeTheStartAreFetchedInTheirOrderAndTheirRowsGo() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT file_name FROM appeal_attachment WHERE appeal_id = 1 ORDER BY id")
                        .query(String.class).list()).containsExactly("first.png", "second.png"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_file").query(Long.class).single()).isZero();
        assertThat(PLATFORM.requestsTo(BOT + "/getFile")).hasSize(2);
        assertThat(jdbc.sql("SELECT content_type FROM appeal_attachment WHERE appeal_id = 1").query(String.class)
                .list()).isEqualTo(List.of("image/png", "image/png"));
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }
}
