package org.supportdesk.competency;

import org.springframework.stereotype.Service;
import org.supportdesk.vocabulary.Category;

/**
 * What support does and does not do. A category given with the appeal decides; otherwise an
 * out-of-scope or Managed Services phrase rule of request-category.dmn that matches decides (the
 * sure cases); otherwise the classifier's suggestion, which competency.dmn rejects or hands to sales
 * only above the modeler's thresholds (higher where an in-scope phrase matched, which else keeps its
 * category) and else leaves to an agent at triage. The suggestion is computed for every appeal, so
 * the agent and the learning examples always have it.
 */
@Service
public class CompetencyPolicy {

    private final DecisionTables tables;
    private final CompetencyModel model;

    /** The decisions as deployed in the application, or read from the model files by the evaluation. */
    public CompetencyPolicy(DecisionTables tables, CompetencyModel model) {
        this.tables = tables;
        this.model = model;
    }

    /**
     * The decision for a new appeal: a given category decides; an out-of-scope or Managed Services
     * phrase rule decides (the sure cases); otherwise the classifier's guess against the thresholds,
     * and an in-scope phrase rule that matched keeps the appeal in scope unless the guess clears
     * the decision's higher bar for overruling it. Each case is one evaluation of the competency
     * table (one entry in Cockpit's decision history): with an in-scope phrase, the row that matches
     * the guess either overrules the phrase or gives the handling under which its category stands. An in-scope phrase is weak evidence ("error"
     * matches a pasted stack trace as well as a failing service): measured on the corpus, a fifth of
     * the out-of-scope texts match one.
     */
    public CompetencyAssessment assess(Category given, String text) {
        Suggestion suggestion = model.suggest(text);
        if (given != null && given != Category.UNCLASSIFIED) {
            return new CompetencyAssessment(tables.competency(given, Source.GIVEN, null), Source.GIVEN, suggestion);
        }
        Category ruled = tables.phraseCategory(text);
        boolean inScopePhrase = ruled != Category.UNCLASSIFIED && Scope.of(ruled) == Scope.IN_SCOPE;
        if (ruled != Category.UNCLASSIFIED && !inScopePhrase) {
            return new CompetencyAssessment(tables.competency(ruled, Source.RULE, null), Source.RULE, suggestion);
        }
        // one evaluation of the competency table: with an in-scope phrase, a row either lets the guess
        // overrule it (reject, hand over) or says how the phrase rule's category stands
        CompetencyDecision guessed = tables.competency(suggestion.category(), Source.MODEL,
                suggestion.scopeConfidence(), suggestion.confidence(), inScopePhrase);
        boolean overrules = guessed.handling() == Handling.REJECT || guessed.handling() == Handling.SALES;
        if (inScopePhrase && !overrules) {
            Category stands = guessed.handling() == Handling.TRIAGE ? Category.UNCLASSIFIED : ruled;
            return new CompetencyAssessment(new CompetencyDecision(stands, guessed.handling(), guessed.inScope(),
                    guessed.reasonCode(), guessed.replyEn(), guessed.replyRu()), Source.RULE, suggestion);
        }
        return new CompetencyAssessment(guessed, Source.MODEL, suggestion);
    }

    /** Handling, reason and replies of a category an agent or a channel gave. */
    public CompetencyDecision forCategory(Category category) {
        return tables.competency(category, Source.GIVEN, null);
    }
}
