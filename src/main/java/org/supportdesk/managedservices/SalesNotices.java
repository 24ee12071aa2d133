package org.supportdesk.managedservices;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices to sales in the staff notice list (the table {@code GET /api/staff/notifications}
 * reads): to the sales representative of the request and to the sales group.
 */
@Repository
public class SalesNotices {

    private final JdbcClient jdbc;

    SalesNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void notify(CostRequest request, String kind, String body, Instant at) {
        jdbc.sql("""
                INSERT INTO staff_notification (appeal_id, recipient_user, recipient_group, kind, body, created_at)
                VALUES (NULL, :user, 'sales', :kind, :body, :at)""")
                .param("user", request.origin().createdBy()).param("kind", kind).param("body", body)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
