package org.supportdesk.appeal;

import static org.supportdesk.system.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.vocabulary.Channel;

/**
 * Platform files still to fetch. A worker claims a row with a lease (a conditional update: two nodes
 * never both win it, on PostgreSQL and H2 alike); a file is due only when no earlier file of its
 * appeal is still waiting, so a customer's files are kept in the order they sent them.
 */
@Repository
class InboundFileQueue {

    record QueuedFile(long id, long appealId, Long messageId, Channel channel, String fileName, String reference,
                      int attempts) {
    }

    private final JdbcClient jdbc;

    InboundFileQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long appealId, Long messageId, Channel channel, InboundMessage.FileReference file, Instant now) {
        jdbc.sql("""
                INSERT INTO inbound_file (appeal_id, message_id, channel, file_name, reference, status,
                    next_attempt_at, created_at)
                VALUES (:appealId, :messageId, :channel, :fileName, :reference, 'PENDING', :now, :now)""")
                .param("appealId", appealId).param("messageId", messageId).param("channel", channel.name())
                .param("fileName", file.fileName()).param("reference", file.reference()).param("now", utc(now))
                .update();
    }

    /** Rows due now, including ones whose worker died holding them. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT f.id FROM inbound_file f
                WHERE f.status = 'PENDING' AND f.next_attempt_at <= :now
                  AND (f.locked_until IS NULL OR f.locked_until < :now)
                  AND NOT EXISTS (SELECT 1 FROM inbound_file e
                                  WHERE e.appeal_id = f.appeal_id AND e.status = 'PENDING' AND e.id < f.id)
                ORDER BY f.id FETCH FIRST :limit ROWS ONLY""")
                .param("now", utc(now)).param("limit", limit).query(Long.class).list();
    }

    /** The row, if this worker won it for {@code leaseUntil}. */
    Optional<QueuedFile> claim(long id, Instant now, Instant leaseUntil) {
        int won = jdbc.sql("""
                UPDATE inbound_file SET locked_until = :lease
                WHERE id = :id AND status = 'PENDING' AND (locked_until IS NULL OR locked_until < :now)""")
                .param("lease", utc(leaseUntil)).param("id", id).param("now", utc(now)).update();
        return won == 0 ? Optional.empty() : jdbc.sql("SELECT * FROM inbound_file WHERE id = :id").param("id", id)
                .query((rs, row) -> new QueuedFile(rs.getLong("id"), rs.getLong("appeal_id"),
                        rs.getObject("message_id", Long.class), Channel.valueOf(rs.getString("channel")),
                        rs.getString("file_name"), rs.getString("reference"), rs.getInt("attempts")))
                .optional();
    }

    /** Done with a row still held under this lease; false when another worker took it over meanwhile. */
    boolean remove(long id, Instant lease) {
        return jdbc.sql("DELETE FROM inbound_file WHERE id = :id AND locked_until = :lease")
                .param("id", id).param("lease", utc(lease)).update() == 1;
    }

    /** Tried again at {@code next}, unless another worker took the row over meanwhile. */
    void retryLater(long id, int attempts, Instant lease, Instant next, InboundMessage.Failure why) {
        jdbc.sql("""
                UPDATE inbound_file SET attempts = :attempts, next_attempt_at = :next, locked_until = NULL,
                    last_error = :error WHERE id = :id AND locked_until = :lease""")
                .param("attempts", attempts).param("next", utc(next)).param("error", why.name()).param("id", id)
                .param("lease", utc(lease)).update();
    }

    /** Given up under this lease; false when another worker took the row over meanwhile. */
    boolean giveUp(long id, int attempts, Instant lease, InboundMessage.Failure why) {
        return jdbc.sql("""
                UPDATE inbound_file SET status = 'FAILED', attempts = :attempts, locked_until = NULL,
                    last_error = :error WHERE id = :id AND locked_until = :lease""")
                .param("attempts", attempts).param("error", why.name()).param("id", id).param("lease", utc(lease))
                .update() == 1;
    }
}
