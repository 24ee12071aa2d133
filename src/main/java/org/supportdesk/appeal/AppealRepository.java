package org.supportdesk.appeal;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.system.NumberSequences;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;
import org.supportdesk.vocabulary.Language;

/** Appeal rows. Times are stored as UTC timestamps with zone. */
@Repository
class AppealRepository {

    private static final RowMapper<Appeal> APPEAL = AppealRepository::map;

    private final JdbcClient jdbc;
    private final NumberSequences sequences;

    AppealRepository(JdbcClient jdbc, NumberSequences sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    long nextNumberSequence() {
        return sequences.next("appeal_number_seq");
    }

    long insert(NewAppeal appeal) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO appeal (appeal_number, channel, status, login, project, contact_email, contact_name,
                    subject, description, language, urgency, impact, priority, category, managed_services,
                    received_at, first_answered_at, access_token_hash, registered_by, channel_address, customer_id,
                    project_id)
                VALUES (:number, :channel, :status, :login, :project, :email, :contactName,
                    :subject, :description, :language, :urgency, :impact, :priority, :category, :managedServices,
                    :receivedAt, :firstAnsweredAt, :tokenHash, :registeredBy, :channelAddress, :customerId,
                    :projectId)""")
                .param("number", appeal.number())
                .param("channel", appeal.origin().channel().name())
                .param("status", AppealStatus.OPEN.name())
                .param("login", appeal.contact().login())
                .param("project", appeal.contact().project())
                .param("email", appeal.contact().email())
                .param("contactName", appeal.contact().name())
                .param("subject", appeal.subject())
                .param("description", appeal.description())
                .param("language", appeal.language().name())
                .param("urgency", name(appeal.assessment().urgency()))
                .param("impact", name(appeal.assessment().impact()))
                .param("priority", appeal.priority().name())
                .param("category", appeal.category().name())
                .param("managedServices", appeal.customer().managedServices())
                .param("receivedAt", utc(appeal.receivedAt()))
                .param("firstAnsweredAt", utc(appeal.firstAnsweredAt()))
                .param("tokenHash", appeal.accessTokenHash())
                .param("registeredBy", appeal.origin().registeredBy())
                .param("channelAddress", appeal.origin().address())
                .param("customerId", appeal.customer().customerId())
                .param("projectId", appeal.customer().projectId())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Appeal> findByNumber(String number) {
        return jdbc.sql("SELECT * FROM appeal WHERE appeal_number = :number")
                .param("number", number).query(APPEAL).optional();
    }

    public Optional<Appeal> findById(long id) {
        return jdbc.sql("SELECT * FROM appeal WHERE id = :id").param("id", id).query(APPEAL).optional();
    }

    public Appeal getByNumber(String number) {
        return findByNumber(number).orElseThrow(() -> new AppealNotFoundException(number));
    }

    /** The customer's latest appeal on this channel and address that is not yet closed or rejected. */
    public Optional<Appeal> findOpenOnChannel(Channel channel, String channelAddress) {
        return jdbc.sql("""
                SELECT * FROM appeal
                WHERE channel = :channel AND channel_address = :address AND status NOT IN ('CLOSED', 'REJECTED')
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("channel", channel.name()).param("address", channelAddress)
                .query(APPEAL).optional();
    }

    /** Login and project given later (in a follow-up) fill only what was missing. */
    public void fillMissingContact(long id, String login, String project) {
        jdbc.sql("""
                UPDATE appeal SET login = COALESCE(login, :login), project = COALESCE(project, :project)
                WHERE id = :id""")
                .param("login", login).param("project", project).param("id", id).update();
    }

    public void updateClassification(long id, Category category, Level urgency, Level impact) {
        jdbc.sql("UPDATE appeal SET category = :category, urgency = :urgency, impact = :impact WHERE id = :id")
                .param("category", category.name())
                .param("urgency", name(urgency))
                .param("impact", name(impact))
                .param("id", id)
                .update();
    }

    public void updateCategory(long id, Category category) {
        jdbc.sql("UPDATE appeal SET category = :category WHERE id = :id")
                .param("category", category.name()).param("id", id).update();
    }

    public void updateDeadlines(long id, Priority priority, Deadlines due) {
        jdbc.sql("""
                UPDATE appeal SET priority = :priority, first_response_due_at = :firstDue,
                    resolution_due_at = :resolutionDue, first_response_warning_at = :firstWarning,
                    resolution_warning_at = :resolutionWarning, resolution_overdue_at = :overdue
                WHERE id = :id""")
                .param("priority", priority.name())
                .param("firstDue", utc(due.firstResponseDueAt()))
                .param("resolutionDue", utc(due.resolutionDueAt()))
                .param("firstWarning", utc(due.firstResponseWarningAt()))
                .param("resolutionWarning", utc(due.resolutionWarningAt()))
                .param("overdue", utc(due.resolutionOverdueAt()))
                .param("id", id)
                .update();
    }

    /** Raises the recorded escalation level; never lowers it. */
    public void raiseEscalationLevel(long id, int level) {
        jdbc.sql("UPDATE appeal SET escalation_level = :level WHERE id = :id AND escalation_level < :level")
                .param("level", level).param("id", id).update();
    }

    public void updateStatus(long id, AppealStatus status) {
        jdbc.sql("UPDATE appeal SET status = :status WHERE id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    public void markRejected(long id, String code, String reason, Instant at) {
        jdbc.sql("""
                UPDATE appeal SET status = 'REJECTED', rejection_code = :code, rejection_reason = :reason,
                    closed_at = :at WHERE id = :id""")
                .param("code", code).param("reason", reason).param("at", utc(at)).param("id", id)
                .update();
    }

    /** An agent corrected a rejection: open again under the category they chose, clocks from now. */
    public void reopenAfterRejection(long id, Category category, Instant at) {
        jdbc.sql("""
                UPDATE appeal SET status = 'OPEN', category = :category, rejection_code = NULL,
                    rejection_reason = NULL, closed_at = NULL, reopened_at = :at, paused_seconds = 0,
                    waiting_since = NULL WHERE id = :id""")
                .param("category", category.name()).param("at", utc(at)).param("id", id).update();
    }

    public void markClosed(long id, Instant at) {
        jdbc.sql("UPDATE appeal SET status = 'CLOSED', closed_at = :at, waiting_since = NULL WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    /** The customer wrote after resolution: back to work, the resolution clock starts again now. */
    public void markReopened(long id, Instant at) {
        jdbc.sql("""
                UPDATE appeal SET status = 'IN_PROGRESS', reopened_at = :at, resolved_at = NULL,
                    paused_seconds = 0, waiting_since = NULL WHERE id = :id""")
                .param("at", utc(at)).param("id", id).update();
    }

    public void updatePriorityInputs(long id, Level urgency, Level impact) {
        jdbc.sql("UPDATE appeal SET urgency = :urgency, impact = :impact WHERE id = :id")
                .param("urgency", name(urgency)).param("impact", name(impact)).param("id", id).update();
    }

    public void markResolved(long id, Instant at) {
        jdbc.sql("UPDATE appeal SET status = 'RESOLVED', resolved_at = :at WHERE id = :id")
                .param("at", utc(at)).param("id", id).update();
    }

    /** Sets the first-answer time once; later answers leave it alone. Returns true when this was the first. */
    public boolean markFirstAnswered(long id, Instant at) {
        return jdbc.sql("UPDATE appeal SET first_answered_at = :at WHERE id = :id AND first_answered_at IS NULL")
                .param("at", utc(at)).param("id", id).update() == 1;
    }

    /** The SLA clock stops while we wait for the customer. */
    public void startWaiting(long id, Instant since) {
        jdbc.sql("""
                UPDATE appeal SET status = 'WAITING_FOR_CUSTOMER', waiting_since = :since
                WHERE id = :id AND waiting_since IS NULL""")
                .param("since", utc(since)).param("id", id).update();
    }

    /** Adds the waiting time to the paused total and resumes with the given status. */
    public void stopWaiting(long id, AppealStatus status, long waitedSeconds) {
        jdbc.sql("""
                UPDATE appeal SET status = :status, waiting_since = NULL,
                    paused_seconds = paused_seconds + :waited WHERE id = :id""")
                .param("status", status.name()).param("waited", waitedSeconds).param("id", id).update();
    }

    /** Appeals received in [from, to), oldest first: the SLA report's population. */
    public List<Appeal> receivedBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM appeal WHERE received_at >= :from AND received_at < :to ORDER BY received_at, id")
                .param("from", utc(from)).param("to", utc(to)).query(APPEAL).list();
    }

    /** Open appeals of one status, channel, priority and escalation level, and how many of them are late. */
    record OpenCount(String status, String channel, String priority, int escalationLevel, long count,
                     long firstAnswerOverdue, long resolutionOverdue) {
    }

    /**
     * One grouped read for all the SLA gauges of a scrape. The resolution clock stands still while
     * we wait for the customer, so those appeals are never counted as overdue for resolution.
     */
    List<OpenCount> openCounts(Instant now) {
        return jdbc.sql("""
                SELECT status, channel, priority, escalation_level, COUNT(*) AS n,
                    SUM(CASE WHEN first_answered_at IS NULL AND first_response_due_at < :now THEN 1 ELSE 0 END)
                        AS first_late,
                    SUM(CASE WHEN status <> 'WAITING_FOR_CUSTOMER' AND resolution_due_at < :now THEN 1 ELSE 0 END)
                        AS resolution_late
                FROM appeal WHERE status IN ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER')
                GROUP BY status, channel, priority, escalation_level""")
                .param("now", utc(now))
                .query((rs, row) -> new OpenCount(rs.getString("status"), rs.getString("channel"),
                        rs.getString("priority"), rs.getInt("escalation_level"), rs.getLong("n"),
                        rs.getLong("first_late"), rs.getLong("resolution_late")))
                .list();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Appeal map(ResultSet rs, int row) throws SQLException {
        return new Appeal(
                rs.getLong("id"),
                rs.getString("appeal_number"),
                Channel.valueOf(rs.getString("channel")),
                AppealStatus.valueOf(rs.getString("status")),
                rs.getString("login"),
                rs.getString("project"),
                rs.getString("contact_email"),
                rs.getString("contact_name"),
                rs.getString("subject"),
                rs.getString("description"),
                Language.valueOf(rs.getString("language")),
                enumOf(Level.class, rs.getString("urgency")),
                enumOf(Level.class, rs.getString("impact")),
                Priority.valueOf(rs.getString("priority")),
                Category.valueOf(rs.getString("category")),
                rs.getBoolean("managed_services"),
                rs.getString("rejection_code"),
                rs.getString("rejection_reason"),
                instant(rs, "received_at"),
                instant(rs, "first_response_due_at"),
                instant(rs, "resolution_due_at"),
                instant(rs, "first_answered_at"),
                instant(rs, "resolved_at"),
                instant(rs, "closed_at"),
                instant(rs, "waiting_since"),
                rs.getLong("paused_seconds"),
                rs.getInt("escalation_level"),
                rs.getString("access_token_hash"),
                rs.getString("registered_by"),
                instant(rs, "first_response_warning_at"),
                instant(rs, "resolution_warning_at"),
                instant(rs, "resolution_overdue_at"),
                instant(rs, "reopened_at"),
                rs.getString("channel_address"));
    }

    /**
     * What intake knows before the process has run: the given assessment as the customer gave it, the
     * category intake starts with ({@code UNCLASSIFIED} when none was given).
     */
    record NewAppeal(String number, String accessTokenHash, IntakeCommand.Origin origin, IntakeCommand.Contact contact,
                     String subject, String description, Language language, IntakeCommand.Assessment assessment,
                     Priority priority, Category category, Customer customer, Instant receivedAt,
                     Instant firstAnsweredAt) {
    }

    /** The directory's customer and project the appeal belongs to (null when unknown), and their contract. */
    record Customer(Long customerId, Long projectId, boolean managedServices) {
    }
}
