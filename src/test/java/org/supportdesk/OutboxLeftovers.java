package org.supportdesk;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The integration tests share one PostgreSQL database, and every application context delivers any
 * due outbox row in it. A test that waits for its own delivery first settles what earlier tests
 * and runs left undelivered, so it does not wait behind them.
 */
public final class OutboxLeftovers {

    private OutboxLeftovers() {
    }

    public static void settle(JdbcClient jdbc) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', last_error = 'left undelivered by an earlier test'
                WHERE status IN ('PENDING', 'SENDING')""").update();
    }
}
