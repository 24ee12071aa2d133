package org.supportdesk.competency;

import static org.supportdesk.system.SqlTime.instant;
import static org.supportdesk.system.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.vocabulary.Category;

/** Our tables {@code competency_decision} and {@code competency_example}. */
@Repository
public class CompetencyRecords {

    private final JdbcClient jdbc;

    CompetencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an automatic decision (intake) with the classifier's suggestion. */
    public void recordAssessment(long appealId, CompetencyAssessment assessment, Instant at) {
        Suggestion suggestion = assessment.suggestion();
        insertDecision(appealId, at, assessment.source(), assessment.decision().category(),
                assessment.decision().handling(), suggestion.category(), suggestion.confidence(),
                suggestion.scopeConfidence(), suggestion.modelVersion(), null);
    }

    /**
     * Records what an agent decided at triage or when correcting a rejection: a decision row and a
     * labelled example carrying the suggestion the appeal got at intake.
     */
    public void recordAgentChoice(long appealId, String text, Category chosen, Handling handling, String triageDecision,
                                  String agent, Instant at) {
        Optional<CompetencyRecord> intake = latest(appealId);
        Category suggested = intake.map(CompetencyRecord::suggestedCategory).orElse(null);
        Double confidence = intake.map(CompetencyRecord::confidence).orElse(null);
        Double scopeConfidence = intake.map(CompetencyRecord::scopeConfidence).orElse(null);
        String version = intake.map(CompetencyRecord::modelVersion).orElse(null);
        insertDecision(appealId, at, Source.GIVEN, chosen, handling, suggested, confidence, scopeConfidence, version,
                agent);
        jdbc.sql("""
                INSERT INTO competency_example (appeal_id, text, suggested_category, confidence, model_version,
                    chosen_category, triage_decision, decided_by, decided_at)
                VALUES (:appeal, :text, :suggested, :confidence, :version, :chosen, :decision, :by, :at)
                """)
                .param("appeal", appealId).param("text", text)
                .param("suggested", suggested == null ? null : suggested.name())
                .param("confidence", confidence).param("version", version)
                .param("chosen", chosen.name()).param("decision", triageDecision)
                .param("by", agent).param("at", utc(at))
                .update();
    }

    /** Every decision of an appeal, oldest first. */
    public List<CompetencyRecord> history(long appealId) {
        return jdbc.sql("SELECT * FROM competency_decision WHERE appeal_id = :appeal ORDER BY decided_at, id")
                .param("appeal", appealId).query(CompetencyRecords::record).list();
    }

    public Optional<CompetencyRecord> latest(long appealId) {
        return history(appealId).stream().reduce((earlier, later) -> later);
    }

    /** Examples decided at or after {@code since}, newest first, at most {@code limit}. */
    public List<TriageExample> examples(Instant since, boolean onlyDisagreements, int limit) {
        return jdbc.sql("""
                SELECT e.*, a.appeal_number FROM competency_example e JOIN appeal a ON a.id = e.appeal_id
                WHERE e.decided_at >= :since
                  AND (:all = TRUE OR e.suggested_category IS NULL OR e.suggested_category <> e.chosen_category)
                ORDER BY e.decided_at DESC, e.id DESC
                """)
                .param("since", utc(since)).param("all", !onlyDisagreements)
                .query(CompetencyRecords::example).stream().limit(limit).toList();
    }

    private void insertDecision(long appealId, Instant at, Source source, Category category, Handling handling,
                                Category suggested, Double confidence, Double scopeConfidence, String version,
                                String by) {
        jdbc.sql("""
                INSERT INTO competency_decision (appeal_id, decided_at, source, category, handling,
                    suggested_category, confidence, scope_confidence, model_version, decided_by)
                VALUES (:appeal, :at, :source, :category, :handling, :suggested, :confidence, :scope, :version, :by)
                """)
                .param("appeal", appealId).param("at", utc(at)).param("source", source.name())
                .param("category", category.name()).param("handling", handling.name())
                .param("suggested", suggested == null ? null : suggested.name())
                .param("confidence", confidence).param("scope", scopeConfidence).param("version", version)
                .param("by", by)
                .update();
    }

    private static CompetencyRecord record(ResultSet rs, int row) throws SQLException {
        return new CompetencyRecord(instant(rs, "decided_at"), Source.valueOf(rs.getString("source")),
                Category.valueOf(rs.getString("category")), Handling.valueOf(rs.getString("handling")),
                category(rs.getString("suggested_category")), rs.getObject("confidence", Double.class),
                rs.getObject("scope_confidence", Double.class), rs.getString("model_version"),
                rs.getString("decided_by"));
    }

    private static TriageExample example(ResultSet rs, int row) throws SQLException {
        return new TriageExample(rs.getLong("id"), rs.getString("appeal_number"), rs.getString("text"),
                category(rs.getString("suggested_category")), rs.getObject("confidence", Double.class),
                rs.getString("model_version"), Category.valueOf(rs.getString("chosen_category")), rs.getString("triage_decision"),
                rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    private static Category category(String value) {
        return value == null ? null : Category.valueOf(value);
    }
}
