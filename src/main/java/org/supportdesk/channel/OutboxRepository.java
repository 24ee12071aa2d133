package org.supportdesk.channel;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/** The outbox table as the channels deliver it (drafts come in through outbox.Outbox). A sender claims a row with a lease, so two dispatchers never send the same row at once. */
@Repository
public class OutboxRepository {

    private static final String SELECT = """
            SELECT o.id, o.appeal_id, o.appeal_message_id, o.channel, o.recipient, o.kind, o.subject, o.body, o.language, o.status,
                   o.attempts, o.next_attempt_at, o.last_error, o.delivery_key, o.platform_message_id, o.created_at,
                   o.sent_at, o.reply_to, o.document_name, o.document_type,
                   COALESCE(a.appeal_number, o.reference) AS reference
            FROM outbox_message o LEFT JOIN appeal a ON a.id = o.appeal_id""";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows due now, including ones whose sender died holding them. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM outbox_message
                WHERE (status = 'PENDING' AND next_attempt_at <= :now)
                   OR (status = 'SENDING' AND locked_until < :now)
                ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY""")
                .param("now", utc(now)).param("limit", limit)
                .query(Long.class).list();
    }

    boolean claim(long id, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'SENDING', locked_until = :lease
                WHERE id = :id AND ((status = 'PENDING' AND next_attempt_at <= :now)
                                 OR (status = 'SENDING' AND locked_until < :now))""")
                .param("lease", utc(leaseUntil)).param("id", id).param("now", utc(now))
                .update() == 1;
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(OutboxRepository::map).optional();
    }

    /** The document an entry carries, read only when it is sent. */
    Optional<OutboundMessage.Document> document(long id) {
        return jdbc.sql("""
                SELECT document_name, document_type, document_content FROM outbox_message
                WHERE id = :id AND document_name IS NOT NULL""")
                .param("id", id)
                .query((rs, row) -> new OutboundMessage.Document(rs.getString("document_name"),
                        rs.getString("document_type"), rs.getBytes("document_content")))
                .optional();
    }

    /** The files an agent sent with this message of the appeal, oldest first; read only when it is sent. */
    List<OutboundMessage.Document> filesOfMessage(long appealMessageId) {
        return jdbc.sql("""
                SELECT file_name, content_type, content FROM appeal_attachment
                WHERE message_id = :messageId ORDER BY id""")
                .param("messageId", appealMessageId)
                .query((rs, row) -> new OutboundMessage.Document(rs.getString("file_name"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    void markSent(long id, int attempts, String platformMessageId, Instant at) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', attempts = :attempts, sent_at = :at, locked_until = NULL,
                    platform_message_id = :platformId, last_error = NULL
                WHERE id = :id""")
                .param("attempts", attempts).param("at", utc(at)).param("platformId", platformMessageId)
                .param("id", id).update();
    }

    void reschedule(long id, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'PENDING', attempts = :attempts, next_attempt_at = :next,
                    locked_until = NULL, last_error = :error
                WHERE id = :id""")
                .param("attempts", attempts).param("next", utc(nextAttemptAt)).param("error", shortened(error))
                .param("id", id).update();
    }

    void markFailed(long id, int attempts, String error) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', attempts = :attempts, locked_until = NULL,
                    last_error = :error
                WHERE id = :id""")
                .param("attempts", attempts).param("error", shortened(error)).param("id", id).update();
    }

    /** Staff send a failed message again: a fresh round of attempts. */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                WHERE id = :id AND status = 'FAILED'""")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    List<OutboxEntry> list(OutboxEntry.Status status, int limit) {
        return jdbc.sql(SELECT + " WHERE o.status = :status ORDER BY o.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("status", status.name()).param("limit", limit)
                .query(OutboxRepository::map).list();
    }

    long count(OutboxEntry.Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = :status")
                .param("status", status.name()).query(Long.class).single();
    }

    /**
     * Messages not (yet) sent, by status and channel, keyed {@code STATUS/CHANNEL}. Sent messages are
     * left out: they only grow, and the delivered counter tells their rate.
     */
    Map<String, Long> unsentCounts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT status, channel, COUNT(*) AS n FROM outbox_message
                WHERE status IN ('PENDING', 'SENDING', 'FAILED') GROUP BY status, channel""")
                .query(rs -> {
                    counts.put(rs.getString("status") + "/" + rs.getString("channel"), rs.getLong("n"));
                });
        return counts;
    }

    /** What we sent on this appeal through this channel, oldest first. */
    List<String> sentPlatformIds(long appealId, Channel channel) {
        return jdbc.sql("""
                SELECT platform_message_id FROM outbox_message
                WHERE appeal_id = :appealId AND channel = :channel AND status = 'SENT'
                  AND platform_message_id IS NOT NULL
                ORDER BY id""")
                .param("appealId", appealId).param("channel", channel.name()).query(String.class).list();
    }

    private static String shortened(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    private static OutboxEntry map(ResultSet rs, int row) throws SQLException {
        long appealId = rs.getLong("appeal_id");
        Long appeal = rs.wasNull() ? null : appealId;
        long appealMessageId = rs.getLong("appeal_message_id");
        Long appealMessage = rs.wasNull() ? null : appealMessageId;
        return new OutboxEntry(rs.getLong("id"), appeal, appealMessage, rs.getString("reference"),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), DraftKind.valueOf(rs.getString("kind")),
                rs.getString("subject"), rs.getString("body"), Language.valueOf(rs.getString("language")),
                OutboxEntry.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("delivery_key"),
                rs.getString("platform_message_id"), instant(rs, "created_at"), instant(rs, "sent_at"),
                rs.getString("reply_to"), rs.getString("document_name"));
    }
}
