package org.supportdesk.competency;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.supportdesk.vocabulary.Category;

/**
 * What support does and does not do. A category given with the appeal decides; otherwise a phrase
 * rule of request-category.dmn that matches decides (the sure cases); otherwise the classifier's
 * suggestion, which competency.dmn rejects or hands to sales only above the modeler's thresholds and
 * else leaves to an agent at triage. The suggestion is computed for every appeal, so the agent and
 * the learning examples always have it.
 */
@Service
public class CompetencyPolicy {

    private final DecisionTables tables;
    private final CompetencyModel model;

    @Autowired // the other constructor is for the evaluation, which reads the decisions from the files
    public CompetencyPolicy(DecisionService decisions, CompetencyModel model) {
        this((key, inputs) -> decisions.evaluateDecisionByKey(key).variables(inputs).evaluate(), model);
    }

    CompetencyPolicy(DecisionTables tables, CompetencyModel model) {
        this.tables = tables;
        this.model = model;
    }

    /** The decision for a new appeal: given category, else phrase rule, else classifier. */
    public CompetencyAssessment assess(Category given, String text) {
        Suggestion suggestion = model.suggest(text);
        if (given != null && given != Category.UNCLASSIFIED) {
            return new CompetencyAssessment(tables.competency(given, Source.GIVEN, null), Source.GIVEN, suggestion);
        }
        Category ruled = tables.phraseCategory(text);
        if (ruled != Category.UNCLASSIFIED) {
            return new CompetencyAssessment(tables.competency(ruled, Source.RULE, null), Source.RULE, suggestion);
        }
        return new CompetencyAssessment(tables.competency(suggestion.category(), Source.MODEL, suggestion.confidence()),
                Source.MODEL, suggestion);
    }

    /** Handling, reason and replies of a category an agent or a channel gave. */
    public CompetencyDecision forCategory(Category category) {
        return tables.competency(category, Source.GIVEN, null);
    }
}
