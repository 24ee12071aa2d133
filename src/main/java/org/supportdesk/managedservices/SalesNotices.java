package org.supportdesk.managedservices;

import static org.supportdesk.system.SqlTime.utc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices to sales in the staff notice list (the table {@code GET /api/staff/notifications}
 * reads): to the sales representative of the request and to the sales group. A notice keeps the
 * request's number, company and the day it names; the reader gets it worded in their language
 * (escalation.StaffNoticeText).
 */
@Repository
public class SalesNotices {

    /**
     * The quote runs out soon and the customer has not answered: a kind of escalation.StaffNoticeKind,
     * which this package cannot import (escalation reads appeals, which hand over to Managed Services).
     */
    public static final String QUOTE_EXPIRING = "QUOTE_EXPIRING";

    private final JdbcClient jdbc;

    SalesNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void quoteExpiring(CostRequest request, Instant at) {
        jdbc.sql("""
                INSERT INTO staff_notification (appeal_id, recipient_user, recipient_group, kind, subject_number,
                    company, mentioned_date, created_at)
                VALUES (NULL, :user, 'sales', :kind, :number, :company, :until, :at)""")
                .param("user", request.origin().createdBy()).param("kind", QUOTE_EXPIRING)
                .param("number", request.number()).param("company", request.customer().company())
                .param("until", request.quote().validUntil())
                .param("at", utc(at))
                .update();
    }
}
