package org.supportdesk.outbox;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the store knows of messages already sent: which appeal a platform's message id belongs to. */
@Component
public class SentMessages {

    private final JdbcClient jdbc;

    SentMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The appeal one of our sent messages belongs to (a mail reply refers to it). */
    public Optional<Long> appealOf(List<String> platformMessageIds) {
        if (platformMessageIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT appeal_id FROM outbox_message
                WHERE platform_message_id IN (:ids) AND appeal_id IS NOT NULL
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("ids", platformMessageIds).query(Long.class).optional();
    }
}
