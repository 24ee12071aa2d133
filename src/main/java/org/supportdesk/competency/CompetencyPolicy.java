package org.supportdesk.competency;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.supportdesk.vocabulary.Category;

/**
 * What support does and does not do, from the modelers' decisions: request-category.dmn (phrase
 * rules for free text) and competency.dmn (category -> handling, reason, reply).
 */
@Service
public class CompetencyPolicy {

    static final String COMPETENCY_DECISION = "competency";
    static final String TEXT_DECISION = "request-category";

    private final DecisionService decisions;

    public CompetencyPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** Uses the given category, or the phrase rules on the text when none is known yet. */
    public CompetencyDecision decide(Category given, String text) {
        Category category = given == null || given == Category.UNCLASSIFIED ? categoryOf(text) : given;
        return forCategory(category);
    }

    public Category categoryOf(String text) {
        String category = decisions.evaluateDecisionTableByKey(TEXT_DECISION, Map.of("text", text == null ? "" : text))
                .getSingleEntry();
        return category == null ? Category.UNCLASSIFIED : Category.valueOf(category);
    }

    public CompetencyDecision forCategory(Category category) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(COMPETENCY_DECISION,
                Map.of("category", category.name())).getSingleResult();
        if (row == null) {
            throw new IllegalStateException("the competency decision has no row for " + category);
        }
        Boolean inScope = row.getEntry("inScope");
        return new CompetencyDecision(category, Handling.valueOf(row.getEntry("handling")),
                Boolean.TRUE.equals(inScope), blankToNull(row.getEntry("reasonCode")),
                row.getEntry("replyEn"), row.getEntry("replyRu"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
