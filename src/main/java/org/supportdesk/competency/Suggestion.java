package org.supportdesk.competency;

import org.supportdesk.vocabulary.Category;

/**
 * What the classifier thinks an appeal is about, how sure it is (0..1), and which model said so.
 * {@code scopeConfidence} is the probability that the text belongs where the suggested category
 * belongs: out of scope (the out-of-scope categories together), Managed Services, or in scope. The
 * competency decision weighs that one: a text may sit between debugging and development and still
 * surely be out of scope.
 */
public record Suggestion(Category category, double confidence, double scopeConfidence, String modelVersion) {
}
