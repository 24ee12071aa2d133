package org.supportdesk.appeal;

import static org.supportdesk.system.SqlTime.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.vocabulary.Channel;

/**
 * Who writes from a Telegram chat, VK peer, Facebook PSID or mail address, linked to the
 * customer's login once they tell it, so their next appeal knows it from the start.
 */
@Repository
class SenderIdentities {

    private final JdbcClient jdbc;

    SenderIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the identity wrote now; its own transaction, so a race of two first messages is harmless. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void seen(Channel channel, String address, String displayName, Instant at) {
        int updated = jdbc.sql("""
                UPDATE channel_identity SET last_seen_at = :at, display_name = COALESCE(:name, display_name)
                WHERE channel = :channel AND address = :address""")
                .param("at", utc(at)).param("name", displayName)
                .param("channel", channel.name()).param("address", address)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO channel_identity (channel, address, display_name, first_seen_at, last_seen_at)
                        VALUES (:channel, :address, :name, :at, :at)""")
                        .param("channel", channel.name()).param("address", address)
                        .param("name", displayName).param("at", utc(at))
                        .update();
            } catch (DuplicateKeyException concurrentFirstMessage) {
                // the other delivery inserted it a moment ago; it is seen either way
            }
        }
    }

    /**
     * Locks the identity for the rest of the transaction: messages of one sender are taken in one
     * after the other, so the second finds the appeal the first one opened. Returns the linked login.
     */
    Optional<String> lockAndReadLogin(Channel channel, String address) {
        return jdbc.sql("""
                SELECT login FROM channel_identity WHERE channel = :channel AND address = :address FOR UPDATE""")
                .param("channel", channel.name()).param("address", address)
                .query((rs, row) -> Optional.ofNullable(rs.getString("login")))
                .optional().flatMap(login -> login);
    }

    void link(Channel channel, String address, String login) {
        jdbc.sql("UPDATE channel_identity SET login = :login WHERE channel = :channel AND address = :address")
                .param("login", login).param("channel", channel.name()).param("address", address)
                .update();
    }
}
