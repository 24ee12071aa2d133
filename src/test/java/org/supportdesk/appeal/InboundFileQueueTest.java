package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.supportdesk.system.SqlTime;
import org.supportdesk.vocabulary.Channel;

/**
 * The queue's SQL on H2, the embedded default that {@code ./mvnw spring-boot:run} uses (the PostgreSQL
 * side is {@code InboundFilesAfterRestartPostgresIT}): order per appeal, one winner per lease, a dead
 * worker's lease taken over, and a worker that lost its lease changing nothing.
 */
class InboundFileQueueTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(2));

    private static JdbcClient jdbc;
    private final InboundFileQueue queue = new InboundFileQueue(jdbc);
    private long appeal;
    private long otherAppeal;

    @BeforeAll
    static void schema() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:inbound-file-queue;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(h2);
    }

    @BeforeEach
    void twoAppealsWithoutFiles() {
        jdbc.sql("DELETE FROM inbound_file").update();
        jdbc.sql("DELETE FROM appeal").update();
        appeal = appeal("SD-2026-000101");
        otherAppeal = appeal("SD-2026-000102");
    }

    @Test
    void aCustomersFilesAreDueOneAfterAnotherInTheOrderTheyWereSent() {
        queue.add(appeal, null, Channel.TELEGRAM, file("first.png"), NOW);
        queue.add(appeal, null, Channel.TELEGRAM, file("second.png"), NOW);
        queue.add(otherAppeal, null, Channel.VK, file("other.png"), NOW);

        var due = queue.due(NOW, 10);
        assertThat(due).hasSize(2);
        assertThat(queue.claim(due.get(0), NOW, LEASE)).get().extracting(InboundFileQueue.QueuedFile::fileName)
                .isEqualTo("first.png");
        assertThat(queue.claim(due.get(1), NOW, LEASE)).get().extracting(InboundFileQueue.QueuedFile::fileName)
                .isEqualTo("other.png");

        assertThat(queue.remove(due.get(0), LEASE)).isTrue();
        var next = queue.due(NOW, 10);
        assertThat(next).hasSize(1);
        assertThat(queue.claim(next.get(0), NOW, LEASE)).get().extracting(InboundFileQueue.QueuedFile::fileName)
                .isEqualTo("second.png");
    }

    @Test
    void onlyOneWorkerWinsALeaseAndADeadWorkersLeaseIsTakenOver() {
        queue.add(appeal, null, Channel.TELEGRAM, file("doc.pdf"), NOW);
        long id = queue.due(NOW, 10).get(0);

        assertThat(queue.claim(id, NOW, LEASE)).isPresent();
        assertThat(queue.claim(id, NOW.plusSeconds(1), LEASE.plusSeconds(1))).as("held by the first worker").isEmpty();
        assertThat(queue.due(NOW.plusSeconds(1), 10)).as("not due while leased").isEmpty();

        Instant afterLease = LEASE.plusSeconds(1);
        Instant newLease = afterLease.plus(Duration.ofMinutes(2));
        assertThat(queue.due(afterLease, 10)).containsExactly(id);
        assertThat(queue.claim(id, afterLease, newLease)).isPresent();

        assertThat(queue.remove(id, LEASE)).as("the first worker lost its lease").isFalse();
        assertThat(queue.giveUp(id, 6, LEASE, InboundMessage.Failure.UNAVAILABLE)).isFalse();
        assertThat(queue.remove(id, newLease)).isTrue();
        assertThat(rows()).isZero();
    }

    @Test
    void aFailedAttemptWaitsItsTurnAndAGivenUpFileNoLongerHoldsBackTheNext() {
        queue.add(appeal, null, Channel.TELEGRAM, file("broken.png"), NOW);
        queue.add(appeal, null, Channel.TELEGRAM, file("fine.png"), NOW);
        long broken = queue.due(NOW, 10).get(0);
        Instant lease = LEASE.truncatedTo(ChronoUnit.MILLIS);

        queue.claim(broken, NOW, lease);
        queue.retryLater(broken, 1, lease, NOW.plusSeconds(30), InboundMessage.Failure.UNAVAILABLE);
        assertThat(queue.due(NOW.plusSeconds(29), 10)).as("retry not yet due, and it holds back the next file")
                .isEmpty();
        assertThat(queue.due(NOW.plusSeconds(30), 10)).containsExactly(broken);
        assertThat(queue.claim(broken, NOW.plusSeconds(30), lease.plusSeconds(30))).get()
                .extracting(InboundFileQueue.QueuedFile::attempts).isEqualTo(1);

        assertThat(queue.giveUp(broken, 2, lease.plusSeconds(30), InboundMessage.Failure.UNAVAILABLE))
                .isTrue();
        assertThat(queue.due(NOW.plusSeconds(30), 10)).hasSize(1).doesNotContain(broken);
        assertThat(jdbc.sql("SELECT status FROM inbound_file WHERE id = :id").param("id", broken)
                .query(String.class).single()).isEqualTo("FAILED");
    }

    private long appeal(String number) {
        return jdbc.sql("""
                INSERT INTO appeal (appeal_number, channel, status, description, language, priority, category,
                    received_at, access_token_hash)
                VALUES (:number, 'TELEGRAM', 'NEW', 'files', 'en', 'MEDIUM', 'TECHNICAL', :now, 'hash')""")
                .param("number", number).param("now", SqlTime.utc(NOW)).update() == 1
                ? jdbc.sql("SELECT id FROM appeal WHERE appeal_number = :n").param("n", number).query(Long.class).single()
                : -1;
    }

    private static InboundMessage.FileReference file(String name) {
        return new InboundMessage.FileReference(name, 1024, "ref-" + name);
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_file").query(Long.class).single();
    }
}
