package org.supportdesk.competency;

import java.time.Instant;

import org.supportdesk.vocabulary.Category;

/**
 * One recorded competency decision of an appeal: the category it was handled by, where that came
 * from, what the classifier suggested, how sure it was of that category ({@code confidence}) and of
 * the category's scope ({@code scopeConfidence}: out of scope, Managed Services or in scope, the one
 * the thresholds of the competency decision weigh), and the model version. Both confidences are 0 to
 * 1; the scope confidence is null on decisions recorded before it was kept.
 */
public record CompetencyRecord(Instant decidedAt, Source source, Category category, Handling handling,
                               Category suggestedCategory, Double confidence, Double scopeConfidence,
                               String modelVersion, String decidedBy) {
}
