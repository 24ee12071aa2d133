package org.supportdesk.competency;

/** A competency decision with where its category came from and what the classifier suggested. */
public record CompetencyAssessment(CompetencyDecision decision, Source source, Suggestion suggestion) {
}
