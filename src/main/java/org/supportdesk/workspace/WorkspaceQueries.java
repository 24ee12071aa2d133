package org.supportdesk.workspace;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Priority;

/**
 * Read-only questions the workspace asks of the desk's tables about one customer: their other
 * appeals and the service notices they got. Nothing here writes.
 */
@Repository
class WorkspaceQueries {

    static final int OTHER_APPEALS = 10;
    static final int NOTICES = 5;

    private final JdbcClient jdbc;

    WorkspaceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Another appeal of the same customer; {@code sameProject}: about the same project. */
    record OtherAppeal(String number, String subject, AppealStatus status, Priority priority, Category category,
                       Channel channel, Instant receivedAt, boolean sameProject) {
    }

    /** A service notice the customer got, or that an agent linked to this appeal. */
    record Notice(String number, String type, String title, String status, Instant createdAt, Instant resolvedAt) {
    }

    /**
     * The customer's other appeals that are still open, and the settled ones received since
     * {@code recentSince}, newest first. The customer is known by login, else by the chat or mail
     * address they wrote from.
     */
    List<OtherAppeal> otherAppeals(Appeal appeal, Long projectId, Instant recentSince) {
        List<String> who = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(Map.of("id", appeal.id(), "since", utc(recentSince)));
        if (appeal.login() != null) {
            who.add("login = :login");
            params.put("login", appeal.login());
        }
        if (appeal.channelAddress() != null) {
            who.add("(channel = :channel AND channel_address = :address)");
            params.putAll(Map.of("channel", appeal.channel().name(), "address", appeal.channelAddress()));
        }
        if (appeal.contactEmail() != null) {
            who.add("LOWER(contact_email) = LOWER(:email)");
            params.put("email", appeal.contactEmail());
        }
        if (who.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT appeal_number, subject, status, priority, category, channel, received_at, project_id, project
                FROM appeal
                WHERE id <> :id AND (%s)
                  AND (status IN ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER') OR received_at >= :since)
                ORDER BY received_at DESC, id DESC FETCH FIRST %d ROWS ONLY"""
                        .formatted(String.join(" OR ", who), OTHER_APPEALS))
                .params(params)
                .query((rs, row) -> new OtherAppeal(rs.getString("appeal_number"), rs.getString("subject"),
                AppealStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                Category.valueOf(rs.getString("category")), Channel.valueOf(rs.getString("channel")),
                instant(rs, "received_at"), sameProject(rs, appeal, projectId))).list();
    }

    /** Notices sent to the customer's contacts since {@code since}, and any linked to the appeal, newest first. */
    List<Notice> notices(Appeal appeal, Instant since) {
        return jdbc.sql("""
                SELECT n.notification_number, n.type, n.title, n.status, n.created_at, n.resolved_at
                FROM service_notification n
                WHERE n.id IN (SELECT notification_id FROM notification_appeal WHERE appeal_id = :appealId)
                   OR (n.created_at >= :since AND n.id IN (
                        SELECT notification_id FROM notification_recipient WHERE login = :login))
                ORDER BY n.created_at DESC, n.id DESC FETCH FIRST %d ROWS ONLY""".formatted(NOTICES))
                .param("appealId", appeal.id())
                .param("since", utc(since))
                .param("login", appeal.login() == null ? "" : appeal.login())
                .query((rs, row) -> new Notice(rs.getString("notification_number"), rs.getString("type"),
                        rs.getString("title"), rs.getString("status"), instant(rs, "created_at"),
                        instant(rs, "resolved_at")))
                .list();
    }

    /** The names of these customer contacts (notice owners), by contact id; contacts without a name are left out. */
    Map<Long, String> contactNames(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM customer_contact WHERE id IN (:ids)")
                .param("ids", List.copyOf(new HashSet<>(contactIds)))
                .query((rs, row) -> {
                    String name = rs.getString("name");
                    if (name != null && !name.isBlank()) {
                        names.put(rs.getLong("id"), name);
                    }
                    return null;
                }).list();
        return names;
    }

    private static boolean sameProject(ResultSet rs, Appeal appeal, Long projectId) throws SQLException {
        long otherProject = rs.getLong("project_id");
        if (!rs.wasNull() && projectId != null) {
            return otherProject == projectId;
        }
        String project = rs.getString("project");
        return project != null && project.equalsIgnoreCase(appeal.project());
    }
}
