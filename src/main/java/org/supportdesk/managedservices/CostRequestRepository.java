package org.supportdesk.managedservices;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.supportdesk.system.NumberSequences;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/** Cost requests, their scoping, quote lines, quote PDF and onboarding progress. */
@Repository
public class CostRequestRepository {

    private final JdbcClient jdbc;
    private final NumberSequences sequences;

    CostRequestRepository(JdbcClient jdbc, NumberSequences sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    long nextNumber() {
        return sequences.next("ms_request_number_seq");
    }

    long insert(String number, CostRequestStatus status, CostRequest.Customer customer,
                CostRequest.Requirements wanted, CostRequest.Origin origin) {
        KeyHolder keys = new GeneratedKeyHolder();
        CostRequest.Environment env = wanted.environment();
        jdbc.sql("""
                INSERT INTO ms_request (request_number, status, company, contact_name, contact_email, login, services,
                    vms, vcpu, ram_gb, storage_tb, databases, k8s_clusters, desired_start, notes, language,
                    source_appeal_number, created_by, created_at)
                VALUES (:number, :status, :company, :contactName, :contactEmail, :login, :services,
                    :vms, :vcpu, :ramGb, :storageTb, :databases, :k8s, :desiredStart, :notes, :language,
                    :sourceAppeal, :createdBy, :createdAt)""")
                .param("number", number).param("status", status.name())
                .param("company", customer.company()).param("contactName", customer.contactName())
                .param("contactEmail", customer.contactEmail()).param("login", customer.login())
                .param("language", customer.language().name())
                .param("services", codes(wanted.services())).param("vms", env.vms()).param("vcpu", env.vcpu())
                .param("ramGb", env.ramGb()).param("storageTb", env.storageTb()).param("databases", env.databases())
                .param("k8s", env.k8sClusters()).param("desiredStart", wanted.desiredStart())
                .param("notes", wanted.notes())
                .param("sourceAppeal", origin.sourceAppealNumber()).param("createdBy", origin.createdBy())
                .param("createdAt", utc(origin.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<CostRequest> findByNumber(String number) {
        return jdbc.sql("SELECT * FROM ms_request WHERE request_number = :number")
                .param("number", number).query(CostRequestRepository::map).optional();
    }

    public CostRequest getByNumber(String number) {
        return findByNumber(number).orElseThrow(() -> new CostRequestNotFoundException(number));
    }

    public void updateStatus(long id, CostRequestStatus status) {
        jdbc.sql("UPDATE ms_request SET status = :status WHERE id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    /**
     * Sales completed a lead: what the customer wants and on which environment, and who the lead is
     * when they corrected it (null keeps the company or the contact person the lead has).
     */
    public void completeLead(long id, List<ManagedService> services, CostRequest.Environment env, String notes,
                             String company, String contactName) {
        jdbc.sql("""
                UPDATE ms_request SET services = :services, vms = :vms, vcpu = :vcpu, ram_gb = :ramGb,
                    storage_tb = :storageTb, databases = :databases, k8s_clusters = :k8s,
                    notes = COALESCE(:notes, notes), company = COALESCE(:company, company),
                    contact_name = COALESCE(:contactName, contact_name), status = 'NEW'
                WHERE id = :id""")
                .param("services", codes(services)).param("vms", env.vms()).param("vcpu", env.vcpu())
                .param("ramGb", env.ramGb()).param("storageTb", env.storageTb()).param("databases", env.databases())
                .param("k8s", env.k8sClusters()).param("notes", notes).param("company", company)
                .param("contactName", contactName).param("id", id)
                .update();
    }

    public void appendNotes(CostRequest request, String added) {
        String earlier = request.requirements().notes();
        String notes = earlier == null ? added : earlier + "\n\n" + added;
        jdbc.sql("UPDATE ms_request SET notes = :notes WHERE id = :id")
                .param("notes", notes.length() > 4000 ? notes.substring(notes.length() - 4000) : notes)
                .param("id", request.id()).update();
    }

    public void markDeclined(long id, String reason) {
        jdbc.sql("UPDATE ms_request SET status = 'DECLINED', decline_reason = :reason WHERE id = :id")
                .param("reason", reason).param("id", id).update();
    }

    /**
     * A decision taken in a task that leaves no trace in the request's own columns: {@code kind} is one of
     * {@link DecisionRecord}'s kinds; {@code note} is cut to the column's 4000 characters.
     */
    public void recordDecision(long requestId, String kind, String by, Instant at, BigDecimal discountPercent,
                               String note) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        jdbc.sql("""
                INSERT INTO ms_request_decision (request_id, kind, decided_by, decided_at, discount_percent, note)
                VALUES (:id, :kind, :by, :at, :discount, :note)""")
                .param("id", requestId).param("kind", kind).param("by", by).param("at", utc(at))
                .param("discount", discountPercent)
                .param("note", kept != null && kept.length() > 4000 ? kept.substring(0, 4000) : kept)
                .update();
    }

    /**
     * A recorded decision: {@code INFORMATION_REQUESTED} (presales' question as the note),
     * {@code INFORMATION_ADDED} (what sales added), {@code DECLINED} (the reason), {@code DISCOUNT_APPROVED},
     * {@code DISCOUNT_REJECTED} (the discount asked for and the sales lead's note).
     */
    public record DecisionRecord(String kind, String by, Instant at, BigDecimal discountPercent, String note) {
    }

    public List<DecisionRecord> decisionRecords(long requestId) {
        return jdbc.sql("SELECT * FROM ms_request_decision WHERE request_id = :id ORDER BY decided_at, id")
                .param("id", requestId)
                .query((rs, row) -> new DecisionRecord(rs.getString("kind"), rs.getString("decided_by"),
                        instant(rs, "decided_at"), rs.getBigDecimal("discount_percent"), rs.getString("note")))
                .list();
    }

    public void saveScope(long requestId, Scope scope, String engineer, Instant at) {
        // a scoping task completed again (after the request came back) replaces the earlier estimate
        jdbc.sql("DELETE FROM ms_scope WHERE request_id = :id AND service_group = :group")
                .param("id", requestId).param("group", scope.group().name()).update();
        jdbc.sql("""
                INSERT INTO ms_scope (request_id, service_group, one_off_hours, monthly_hours, assumptions, scoped_by,
                    scoped_at)
                VALUES (:id, :group, :oneOff, :monthly, :assumptions, :engineer, :at)""")
                .param("id", requestId).param("group", scope.group().name())
                .param("oneOff", scope.oneOffHours()).param("monthly", scope.monthlyHours())
                .param("assumptions", scope.assumptions()).param("engineer", engineer).param("at", utc(at))
                .update();
    }

    /** The estimates by service group, as pricing reads them. */
    public List<Scope> scopes(long requestId) {
        return scopeRecords(requestId, "service_group").stream().map(ScopeRecord::scope).toList();
    }

    /** An engineer's estimate as recorded: which group, who scoped it and when. */
    public record ScopeRecord(ServiceGroup group, BigDecimal oneOffHours, BigDecimal monthlyHours, String assumptions,
                              String scopedBy, Instant scopedAt) {

        Scope scope() {
            return new Scope(group, oneOffHours, monthlyHours, assumptions);
        }
    }

    /** The estimates in the order they were made. */
    public List<ScopeRecord> scopeRecords(long requestId) {
        return scopeRecords(requestId, "scoped_at, service_group");
    }

    private List<ScopeRecord> scopeRecords(long requestId, String order) {
        return jdbc.sql("SELECT * FROM ms_scope WHERE request_id = :id ORDER BY " + order)
                .param("id", requestId)
                .query((rs, row) -> new ScopeRecord(ServiceGroup.valueOf(rs.getString("service_group")),
                        rs.getBigDecimal("one_off_hours"), rs.getBigDecimal("monthly_hours"),
                        rs.getString("assumptions"), rs.getString("scoped_by"), instant(rs, "scoped_at")))
                .list();
    }

    /** The priced quote replaces any earlier one: the lines, the discount and the totals together. */
    public void saveQuote(long requestId, Quote quote) {
        jdbc.sql("DELETE FROM ms_quote_line WHERE request_id = :id").param("id", requestId).update();
        int position = 0;
        for (QuoteLine line : quote.lines()) {
            jdbc.sql("""
                    INSERT INTO ms_quote_line (request_id, position, service_group, service_code, kind, quantity,
                        unit_price, one_off_amount, monthly_amount)
                    VALUES (:id, :position, :group, :code, :kind, :quantity, :unitPrice, :oneOff, :monthly)""")
                    .param("id", requestId).param("position", ++position)
                    .param("group", line.group().name())
                    .param("code", line.service() == null ? null : line.service().name())
                    .param("kind", line.kind().name()).param("quantity", line.quantity())
                    .param("unitPrice", line.unitPrice()).param("oneOff", line.oneOffAmount())
                    .param("monthly", line.monthlyAmount())
                    .update();
        }
        jdbc.sql("""
                UPDATE ms_request SET discount_percent = :discount, one_off_total = :oneOff, monthly_total = :monthly
                WHERE id = :id""")
                .param("discount", quote.discountPercent()).param("oneOff", quote.oneOffTotal())
                .param("monthly", quote.monthlyTotal()).param("id", requestId)
                .update();
    }

    public List<QuoteLine> quoteLines(long requestId) {
        return jdbc.sql("SELECT * FROM ms_quote_line WHERE request_id = :id ORDER BY position")
                .param("id", requestId)
                .query((rs, row) -> new QuoteLine(ServiceGroup.valueOf(rs.getString("service_group")),
                        rs.getString("service_code") == null ? null : ManagedService.valueOf(rs.getString("service_code")),
                        QuoteLine.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("unit_price"), rs.getBigDecimal("one_off_amount"),
                        rs.getBigDecimal("monthly_amount")))
                .list();
    }

    public void saveQuoteDocument(long requestId, String fileName, byte[] pdf, Instant issuedAt, LocalDate validUntil) {
        jdbc.sql("DELETE FROM ms_quote_document WHERE request_id = :id").param("id", requestId).update();
        jdbc.sql("""
                INSERT INTO ms_quote_document (request_id, file_name, content, created_at)
                VALUES (:id, :fileName, :content, :at)""")
                .param("id", requestId).param("fileName", fileName).param("content", pdf).param("at", utc(issuedAt))
                .update();
        jdbc.sql("""
                UPDATE ms_request SET status = 'QUOTE_SENT', quote_issued_at = :at, quote_valid_until = :validUntil
                WHERE id = :id""")
                .param("at", utc(issuedAt)).param("validUntil", validUntil).param("id", requestId).update();
    }

    public record QuoteDocument(String fileName, byte[] content) {
    }

    public Optional<QuoteDocument> quoteDocument(long requestId) {
        return jdbc.sql("SELECT file_name, content FROM ms_quote_document WHERE request_id = :id")
                .param("id", requestId)
                .query((rs, row) -> new QuoteDocument(rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    public void markDecided(long id, CostRequestStatus status, String refusalReason, Instant at) {
        jdbc.sql("UPDATE ms_request SET status = :status, refusal_reason = :reason, decided_at = :at WHERE id = :id")
                .param("status", status.name()).param("reason", refusalReason).param("at", utc(at)).param("id", id)
                .update();
    }

    /** The contract gives the customer's login priority support from its start date. */
    public void insertContract(CostRequest request, LocalDate startsOn, Instant at) {
        jdbc.sql("""
                INSERT INTO managed_services_contract (login, company, starts_on, created_at, request_id, services)
                VALUES (:login, :company, :startsOn, :at, :requestId, :services)""")
                .param("login", request.customer().login()).param("company", request.customer().company())
                .param("startsOn", startsOn).param("at", utc(at)).param("requestId", request.id())
                .param("services", codes(request.requirements().services()))
                .update();
    }

    public void recordOnboardingStep(long requestId, String onboarding, String step, String by, String notes,
                                     Instant at) {
        jdbc.sql("""
                INSERT INTO ms_onboarding_step (request_id, onboarding, step, completed_by, completed_at, notes)
                VALUES (:id, :onboarding, :step, :by, :at, :notes)""")
                .param("id", requestId).param("onboarding", onboarding).param("step", step).param("by", by)
                .param("at", utc(at)).param("notes", notes)
                .update();
    }

    public record OnboardingStep(String onboarding, String step, String completedBy, Instant completedAt) {
    }

    public List<OnboardingStep> onboardingSteps(long requestId) {
        return jdbc.sql("SELECT * FROM ms_onboarding_step WHERE request_id = :id ORDER BY id")
                .param("id", requestId)
                .query((rs, row) -> new OnboardingStep(rs.getString("onboarding"), rs.getString("step"),
                        rs.getString("completed_by"), instant(rs, "completed_at")))
                .list();
    }

    private static String codes(List<ManagedService> services) {
        return services.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Codes as the rows keep them, comma-separated; an unknown code is skipped. */
    static List<ManagedService> services(String codes) {
        return codes == null ? List.of() : Arrays.stream(codes.split(","))
                .map(String::strip)
                .filter(code -> Arrays.stream(ManagedService.values()).anyMatch(s -> s.name().equals(code)))
                .map(ManagedService::valueOf)
                .toList();
    }

    private static CostRequest map(ResultSet rs, int row) throws SQLException {
        BigDecimal oneOffTotal = rs.getBigDecimal("one_off_total");
        return new CostRequest(rs.getLong("id"), rs.getString("request_number"),
                CostRequestStatus.valueOf(rs.getString("status")),
                new CostRequest.Customer(rs.getString("company"), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getString("login"),
                        Language.valueOf(rs.getString("language"))),
                new CostRequest.Requirements(services(rs.getString("services")),
                        new CostRequest.Environment(rs.getInt("vms"), rs.getInt("vcpu"), rs.getInt("ram_gb"),
                                rs.getBigDecimal("storage_tb"), rs.getInt("databases"), rs.getInt("k8s_clusters")),
                        rs.getObject("desired_start", LocalDate.class), rs.getString("notes")),
                new CostRequest.Origin(rs.getString("source_appeal_number"), rs.getString("created_by"),
                        instant(rs, "created_at")),
                oneOffTotal == null ? null : new CostRequest.QuoteTerms(rs.getBigDecimal("discount_percent"),
                        oneOffTotal, rs.getBigDecimal("monthly_total"), instant(rs, "quote_issued_at"),
                        rs.getObject("quote_valid_until", LocalDate.class)),
                new CostRequest.Outcome(rs.getString("decline_reason"), instant(rs, "decided_at"),
                        rs.getString("refusal_reason")));
    }
}
