package org.supportdesk.notification;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.system.NumberSequences;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/** Notifications, their recipients with acknowledgement, and their updates. */
@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NumberSequences sequences;

    NotificationRepository(JdbcClient jdbc, JdbcTemplate batch, NumberSequences sequences) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.sequences = sequences;
    }

    String nextNumber() {
        return "SN-" + sequences.next("notification_number_seq");
    }

    void insert(String number, NotificationType type, String service, String region, List<String> projects,
                String title, String details, String recommendations, String reportedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO service_notification (notification_number, type, service, region, projects, title, details,
                    recommendations, status, reported_by, created_at)
                VALUES (:number, :type, :service, :region, :projects, :title, :details, :recommendations, 'DRAFT',
                    :reportedBy, :at)""")
                .param("number", number).param("type", type.name()).param("service", service)
                .param("region", region).param("projects", String.join(",", projects)).param("title", title)
                .param("details", details).param("recommendations", recommendations)
                .param("reportedBy", reportedBy).param("at", utc(at))
                .update();
    }

    public Optional<ServiceNotification> find(String number) {
        return jdbc.sql("SELECT * FROM service_notification WHERE notification_number = :number")
                .param("number", number).query(NotificationRepository::map).optional();
    }

    public ServiceNotification get(String number) {
        return find(number).orElseThrow(() -> new NotificationNotFoundException(number));
    }

    public void revise(long id, String title, String details, String recommendations) {
        jdbc.sql("""
                UPDATE service_notification SET title = COALESCE(:title, title), details = COALESCE(:details, details),
                    recommendations = COALESCE(:recommendations, recommendations)
                WHERE id = :id""")
                .param("title", title).param("details", details).param("recommendations", recommendations)
                .param("id", id).update();
    }

    public void approved(long id, String by) {
        jdbc.sql("UPDATE service_notification SET approved_by = :by WHERE id = :id")
                .param("by", by).param("id", id).update();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("UPDATE service_notification SET status = 'SENT', sent_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    void markResolved(long id, Instant at) {
        jdbc.sql("UPDATE service_notification SET status = 'RESOLVED', resolved_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    /** A recipient and the hash of their acknowledgement token. */
    record NewRecipient(long contactId, String login, String projectCode, Channel channel, String address,
                        Language language, String tokenHash) {
    }

    /** The whole fan-out in one batch. */
    void insertRecipients(long notificationId, List<NewRecipient> recipients) {
        batch.batchUpdate("""
                INSERT INTO notification_recipient (notification_id, contact_id, login, project_code, channel, address,
                    language, ack_token_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", recipients, 500, (ps, r) -> {
            ps.setLong(1, notificationId);
            ps.setLong(2, r.contactId());
            ps.setString(3, r.login());
            ps.setString(4, r.projectCode());
            ps.setString(5, r.channel().name());
            ps.setString(6, r.address());
            ps.setString(7, r.language().name());
            ps.setString(8, r.tokenHash());
        });
    }

    public record Recipient(long id, long contactId, String login, String projectCode, Channel channel,
                            String address, Language language, Instant acknowledgedAt) {
    }

    public List<Recipient> recipients(long notificationId, boolean unacknowledgedOnly) {
        return jdbc.sql("SELECT * FROM notification_recipient WHERE notification_id = :id"
                        + (unacknowledgedOnly ? " AND acknowledged_at IS NULL" : "") + " ORDER BY id")
                .param("id", notificationId)
                .query((rs, row) -> new Recipient(rs.getLong("id"), rs.getLong("contact_id"), rs.getString("login"),
                        rs.getString("project_code"), Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"), Language.valueOf(rs.getString("language")),
                        instant(rs, "acknowledged_at")))
                .list();
    }

    void markReminded(long notificationId, Instant at) {
        jdbc.sql("""
                UPDATE notification_recipient SET reminded_at = :at
                WHERE notification_id = :id AND acknowledged_at IS NULL""")
                .param("at", utc(at)).param("id", notificationId).update();
    }

    /** Returns the notification's number when the token is known; the first acknowledgement counts. */
    Optional<String> acknowledge(String tokenHash, Instant at) {
        Optional<String> number = jdbc.sql("""
                SELECT n.notification_number FROM notification_recipient r
                JOIN service_notification n ON n.id = r.notification_id WHERE r.ack_token_hash = :hash""")
                .param("hash", tokenHash).query(String.class).optional();
        number.ifPresent(n -> jdbc.sql("""
                UPDATE notification_recipient SET acknowledged_at = :at
                WHERE ack_token_hash = :hash AND acknowledged_at IS NULL""")
                .param("at", utc(at)).param("hash", tokenHash).update());
        return number;
    }

    public record Counts(long recipients, long acknowledged) {
    }

    public Counts counts(long notificationId) {
        return jdbc.sql("""
                SELECT COUNT(*) AS recipients, COUNT(acknowledged_at) AS acknowledged
                FROM notification_recipient WHERE notification_id = :id""")
                .param("id", notificationId)
                .query((rs, row) -> new Counts(rs.getLong("recipients"), rs.getLong("acknowledged"))).single();
    }

    void insertUpdate(long notificationId, String body, boolean finalUpdate, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO notification_update (notification_id, body, final_update, posted_by, posted_at)
                VALUES (:id, :body, :final, :by, :at)""")
                .param("id", notificationId).param("body", body).param("final", finalUpdate).param("by", by)
                .param("at", utc(at)).update();
    }

    public record Update(String body, boolean finalUpdate, String postedBy, Instant postedAt) {
    }

    public List<Update> updates(long notificationId) {
        return jdbc.sql("SELECT * FROM notification_update WHERE notification_id = :id ORDER BY id")
                .param("id", notificationId)
                .query((rs, row) -> new Update(rs.getString("body"), rs.getBoolean("final_update"),
                        rs.getString("posted_by"), instant(rs, "posted_at")))
                .list();
    }

    /** Links an appeal once; returns false when it was linked already. */
    boolean linkAppeal(long notificationId, long appealId, String by, Instant at) {
        boolean linked = jdbc.sql("""
                SELECT COUNT(*) FROM notification_appeal WHERE notification_id = :n AND appeal_id = :a""")
                .param("n", notificationId).param("a", appealId).query(Long.class).single() > 0;
        if (!linked) {
            jdbc.sql("""
                    INSERT INTO notification_appeal (notification_id, appeal_id, linked_by, linked_at)
                    VALUES (:n, :a, :by, :at)""")
                    .param("n", notificationId).param("a", appealId).param("by", by).param("at", utc(at)).update();
        }
        return !linked;
    }

    /** Numbers of the appeals linked to a notification. */
    public List<String> linkedAppeals(long notificationId) {
        return jdbc.sql("""
                SELECT a.appeal_number FROM notification_appeal l JOIN appeal a ON a.id = l.appeal_id
                WHERE l.notification_id = :n ORDER BY a.id""")
                .param("n", notificationId).query(String.class).list();
    }

    private static ServiceNotification map(ResultSet rs, int row) throws SQLException {
        String projects = rs.getString("projects");
        return new ServiceNotification(rs.getLong("id"), rs.getString("notification_number"),
                NotificationType.valueOf(rs.getString("type")), rs.getString("service"), rs.getString("region"),
                projects == null || projects.isBlank() ? List.of() : Arrays.asList(projects.split(",")),
                rs.getString("title"), rs.getString("details"), rs.getString("recommendations"),
                ServiceNotification.Status.valueOf(rs.getString("status")), rs.getString("reported_by"),
                rs.getString("approved_by"), instant(rs, "created_at"), instant(rs, "sent_at"),
                instant(rs, "resolved_at"));
    }
}
