package org.supportdesk.appeal;

import static org.supportdesk.system.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.supportdesk.vocabulary.Channel;

/** Platform deliveries taken in: the dedup key of every channel and the thread ids of mail. */
@Repository
class InboundReceipts {

    private final JdbcClient jdbc;

    InboundReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the delivery was taken in before. */
    long insert(Channel channel, String externalId, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO channel_receipt (channel, external_id, received_at)
                VALUES (:channel, :externalId, :at)""")
                .param("channel", channel.name())
                .param("externalId", externalId)
                .param("at", utc(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void attachToAppeal(long receiptId, long appealId) {
        jdbc.sql("UPDATE channel_receipt SET appeal_id = :appealId WHERE id = :id")
                .param("appealId", appealId).param("id", receiptId).update();
    }

    /** The appeal an earlier delivery with one of these ids belongs to. */
    Optional<Long> appealOf(Channel channel, List<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT appeal_id FROM channel_receipt
                WHERE channel = :channel AND external_id IN (:ids) AND appeal_id IS NOT NULL
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("channel", channel.name()).param("ids", externalIds)
                .query(Long.class).optional();
    }

    /** The platform ids of what the customer sent on this appeal, oldest first. */
    List<String> externalIds(Channel channel, long appealId) {
        return jdbc.sql("""
                SELECT external_id FROM channel_receipt
                WHERE channel = :channel AND appeal_id = :appealId ORDER BY id""")
                .param("channel", channel.name()).param("appealId", appealId)
                .query(String.class).list();
    }
}
