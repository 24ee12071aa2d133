package org.supportdesk.competency;

import java.time.Instant;

import org.supportdesk.vocabulary.Category;

/** A labelled example from triage: the text, the classifier's suggestion and the agent's choice. */
public record TriageExample(long id, String appealNumber, String text, Category suggestedCategory,
                            Double confidence, String modelVersion, Category chosenCategory,
                            String triageDecision, String decidedBy, Instant decidedAt) {

    /** The example as a line of the corpus ({@code category<TAB>text}), line breaks written as {@code \n}. */
    public String corpusLine() {
        String oneLine = text.strip().replace("\\", " ").replace("\t", " ").replace("\r\n", "\n").replace('\r', '\n')
                .replace("\n", "\\n");
        return chosenCategory.name() + '\t' + oneLine;
    }

    /** The agent chose another category than the classifier suggested: the examples worth reviewing first. */
    public boolean disagrees() {
        return suggestedCategory != chosenCategory;
    }
}
