package org.supportdesk.competency;

import org.supportdesk.vocabulary.Category;

/** What the classifier thinks an appeal is about, how sure it is (0..1), and which model said so. */
public record Suggestion(Category category, double confidence, String modelVersion) {
}
