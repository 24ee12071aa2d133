package org.supportdesk.outbox;

import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues drafts for delivery, only inside the caller's transaction (a caller without one is a
 * defect and fails at once): the message and its delivery commit together or not at all.
 */
@Component
public class Outbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Draft draft) {
        enqueueAll(List.of(draft));
    }

    /** Many drafts in one batch (a notification's fan-out to thousands of owners). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<Draft> drafts) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate("""
                INSERT INTO outbox_message (appeal_id, appeal_message_id, reference, kind, channel, recipient,
                    language, subject, body, reply_to, document_name, document_type, document_content,
                    status, attempts, next_attempt_at, delivery_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""", drafts, 500, (ps, d) -> {
            Draft.Document document = d.document();
            ps.setObject(1, d.reference().appealId(), Types.BIGINT);
            ps.setObject(2, d.reference().appealMessageId(), Types.BIGINT);
            ps.setString(3, d.reference().number());
            ps.setString(4, d.kind().name());
            ps.setString(5, d.channel().name());
            ps.setString(6, d.recipient());
            ps.setString(7, d.language().name());
            ps.setString(8, d.subject());
            ps.setString(9, d.body());
            ps.setString(10, d.replyTo());
            ps.setString(11, document == null ? null : document.fileName());
            ps.setString(12, document == null ? null : document.contentType());
            ps.setBytes(13, document == null ? null : document.content());
            ps.setObject(14, now);
            ps.setString(15, newDeliveryKey());
            ps.setObject(16, now);
        });
    }

    /** Random, and stable across retries once stored (the unique part of a mail Message-ID). */
    private static String newDeliveryKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
