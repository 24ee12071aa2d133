package org.supportdesk.competency;

import java.time.Instant;

import org.supportdesk.vocabulary.Category;

/**
 * One recorded competency decision of an appeal: the category it was handled by, where that came
 * from, what the classifier suggested with which confidence, and the model version.
 */
public record CompetencyRecord(Instant decidedAt, Source source, Category category, Handling handling,
                               Category suggestedCategory, Double confidence, String modelVersion,
                               String decidedBy) {
}
