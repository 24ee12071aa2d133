package org.supportdesk.escalation;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.process.AppealProcess;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;

/**
 * Records what fired on the SLA clock, once per deadline, raises the appeal's escalation level,
 * and tells the people concerned with a stored staff notice.
 */
@Service
public class Escalations {

    private final JdbcClient jdbc;
    private final Appeals appeals;
    private final AppealProcess process;
    private final Clock clock;
    private final MeterRegistry meters;

    Escalations(JdbcClient jdbc, Appeals appeals, AppealProcess process, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.appeals = appeals;
        this.process = process;
        this.clock = clock;
        this.meters = meters;
        // every level's series exists from the start, so a dashboard's rate() sees the first escalation
        for (EscalationKind kind : EscalationKind.values()) {
            if (kind.level() > 0) {
                escalationCounter(kind.level());
            }
        }
    }

    /** Keys ({@link SlaEvent#key()}) of what already fired for this appeal. */
    Set<String> handled(Appeal appeal) {
        return new HashSet<>(jdbc.sql("SELECT kind, due_at FROM appeal_escalation WHERE appeal_id = :id")
                .param("id", appeal.id())
                .query((rs, row) -> new SlaEvent(EscalationKind.valueOf(rs.getString("kind")),
                        instant(rs, "due_at")).key())
                .list());
    }

    /** Returns false when this deadline was handled before (a job run twice after a crash). */
    boolean record(Appeal appeal, SlaEvent event) {
        int inserted = jdbc.sql("""
                INSERT INTO appeal_escalation (appeal_id, level, kind, due_at, fired_at)
                SELECT :appealId, :level, :kind, :dueAt, :firedAt FROM appeal
                WHERE id = :appealId AND NOT EXISTS (SELECT 1 FROM appeal_escalation
                    WHERE appeal_id = :appealId AND kind = :kind AND due_at = :dueAt)""")
                .param("appealId", appeal.id())
                .param("level", event.kind().level())
                .param("kind", event.kind().name())
                .param("dueAt", utc(event.at()))
                .param("firedAt", utc(clock.instant()))
                .update();
        if (inserted == 0) {
            return false;
        }
        if (event.kind().level() > 0) {
            appeals.raiseEscalationLevel(appeal, event.kind().level());
            escalationCounter(event.kind().level()).increment();
        }
        return true;
    }

    private Counter escalationCounter(int level) {
        return Counter.builder("supportdesk.escalations").description("SLA escalations by level")
                .tag("level", String.valueOf(level)).register(meters);
    }

    /** A notice for a user, or for everyone in a group: its parts, worded when read. */
    void notifyStaff(Appeal appeal, String user, String group, StaffNoticeText.Facts facts) {
        jdbc.sql("""
                INSERT INTO staff_notification (appeal_id, recipient_user, recipient_group, kind, mentioned_at,
                    channel, priority, created_at)
                VALUES (:appealId, :user, :group, :kind, :mentionedAt, :channel, :priority, :at)""")
                .param("appealId", appeal.id())
                .param("user", user)
                .param("group", user == null ? group : null)
                .param("kind", facts.kind())
                .param("mentionedAt", utc(facts.at()))
                .param("channel", facts.channel() == null ? null : facts.channel().name())
                .param("priority", facts.priority() == null ? null : facts.priority().name())
                .param("at", utc(clock.instant()))
                .update();
    }

    /**
     * The assignee of the appeal's open work, or else its groups, get the warning as a notice. The task
     * itself shows it without a copy: the workspace reads the SLA state of the appeal when it opens.
     */
    void warnOpenTasks(Appeal appeal, String processInstanceId, StaffNoticeText.Facts facts) {
        for (AppealProcess.OpenWork work : process.openWork(processInstanceId)) {
            if (work.assignee() != null) {
                notifyStaff(appeal, work.assignee(), null, facts);
            } else {
                work.groups().forEach(group -> notifyStaff(appeal, null, group, facts));
            }
        }
    }

    /** Level 2: the open work leaves its group and its agent for the second line. */
    void moveOpenWork(String processInstanceId, String toGroup) {
        process.moveOpenWork(processInstanceId, toGroup);
    }

    /** An appeal's notices, oldest first. */
    public List<Notice> notices(long appealId) {
        return jdbc.sql("SELECT n.*, a.appeal_number FROM staff_notification n LEFT JOIN appeal a ON a.id = n.appeal_id"
                        + " WHERE n.appeal_id = :id ORDER BY n.id")
                .param("id", appealId)
                .query((rs, row) -> new Notice(rs.getString("recipient_user"), rs.getString("recipient_group"),
                        facts(rs)))
                .list();
    }

    /** The newest notices for a user, their own and those of their groups, worded for them. */
    public List<StaffNotice> noticesFor(String user, List<String> groups, int limit, Language language, ZoneId zone) {
        String groupFilter = groups.isEmpty() ? "" : " OR n.recipient_group IN (:groups)";
        var query = jdbc.sql("""
                SELECT n.*, a.appeal_number
                FROM staff_notification n LEFT JOIN appeal a ON a.id = n.appeal_id
                WHERE n.recipient_user = :user""" + groupFilter + " ORDER BY n.id DESC LIMIT :limit")
                .param("user", user)
                .param("limit", limit);
        if (!groups.isEmpty()) {
            query = query.param("groups", groups);
        }
        return query.query((rs, row) -> {
            StaffNoticeText.Facts facts = facts(rs);
            return new StaffNotice(rs.getLong("id"), facts.appeal(), facts.subject(), rs.getString("recipient_user"),
                    rs.getString("recipient_group"), StaffNoticeKind.valueOf(facts.kind()),
                    StaffNoticeText.render(facts, language, zone), instant(rs, "created_at"));
        }).list();
    }

    private static StaffNoticeText.Facts facts(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        String priority = rs.getString("priority");
        return new StaffNoticeText.Facts(rs.getString("kind"), rs.getString("appeal_number"),
                rs.getString("subject_number"), instant(rs, "mentioned_at"),
                rs.getObject("mentioned_date", LocalDate.class),
                channel == null ? null : Channel.valueOf(channel), priority == null ? null : Priority.valueOf(priority),
                rs.getString("company"), rs.getString("body"));
    }

    public List<Fired> fired(long appealId) {
        return jdbc.sql("SELECT level, kind, due_at, fired_at FROM appeal_escalation WHERE appeal_id = :id ORDER BY id")
                .param("id", appealId)
                .query((rs, row) -> new Fired(rs.getInt("level"), EscalationKind.valueOf(rs.getString("kind")),
                        instant(rs, "due_at"), instant(rs, "fired_at")))
                .list();
    }

    /** A notice as stored: to a user or a group, what it says as parts. */
    public record Notice(String user, String group, StaffNoticeText.Facts facts) {

        public String text(Language language, ZoneId zone) {
            return StaffNoticeText.render(facts, language, zone);
        }
    }

    public record Fired(int level, EscalationKind kind, Instant dueAt, Instant firedAt) {
    }

    /**
     * A notice worded for its reader.
     *
     * @param appeal  the appeal it is about, if any
     * @param subject the number of what else it is about (a cost request), if any
     * @param text    in the reader's language, times in their time zone with the zone named
     */
    public record StaffNotice(long id, String appeal, String subject, String user, String group,
                              StaffNoticeKind kind, String text, Instant createdAt) {
    }
}
