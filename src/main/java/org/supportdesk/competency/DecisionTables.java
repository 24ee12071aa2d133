package org.supportdesk.competency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.supportdesk.vocabulary.Category;

/**
 * The two decisions the competency policy reads: the phrase rules ({@code request-category}) and
 * the handling with its thresholds ({@code competency}). Evaluated by the engine in the application,
 * and from the model files by the evaluation command, so both read the same tables (both in
 * {@code competency.process}, the package that talks to the engine).
 */
public interface DecisionTables {

    String TEXT_DECISION = "request-category";
    String COMPETENCY_DECISION = "competency";

    /** The matched rules of the decision, in order, each as its outputs by name. */
    List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs);

    default Category phraseCategory(String text) {
        List<Map<String, Object>> rows = evaluate(TEXT_DECISION, Map.of("text", text == null ? "" : text));
        String category = rows.isEmpty() ? null : (String) rows.get(0).get("category");
        return category == null ? Category.UNCLASSIFIED : Category.valueOf(category);
    }

    default CompetencyDecision competency(Category category, Source source, Double confidence) {
        return competency(category, source, confidence, confidence, false);
    }

    /**
     * @param confidence         the classifier's confidence in the category's scope: what rejection and
     *                           hand-over weigh
     * @param categoryConfidence its probability of the category itself: what setting an in-scope
     *                           category weighs, so a category set by the classifier is never one it
     *                           gave less than the decision's threshold
     * @param inScopePhrase      whether an in-scope phrase rule matched the text: the decision then asks
     *                           more of a classifier guess before it rejects or hands over
     */
    default CompetencyDecision competency(Category category, Source source, Double confidence,
                                          Double categoryConfidence, boolean inScopePhrase) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", category.name());
        inputs.put("source", source.name());
        inputs.put("confidence", toThousandths(confidence));
        inputs.put("categoryConfidence", toThousandths(categoryConfidence));
        inputs.put("inScopePhrase", inScopePhrase);
        List<Map<String, Object>> rows = evaluate(COMPETENCY_DECISION, inputs);
        if (rows.isEmpty()) {
            throw new IllegalStateException("the competency decision has no row for " + category + " from " + source);
        }
        Map<String, Object> row = rows.get(0);
        Handling handling = Handling.valueOf((String) row.get("handling"));
        Boolean inScope = (Boolean) row.get("inScope");
        // below a threshold the category is only a suggestion: the appeal stays unclassified for the agent
        Category decided = handling == Handling.TRIAGE ? Category.UNCLASSIFIED : category;
        return new CompetencyDecision(decided, handling, Boolean.TRUE.equals(inScope),
                blankToNull((String) row.get("reasonCode")), (String) row.get("replyEn"), (String) row.get("replyRu"));
    }

    /**
     * The decision reads the confidence cut to three decimals (0.84999 is 0.849): every threshold of
     * up to three decimals decides as it would on the full number, and the few values let the
     * decision engine remember each answer (system.CachingFeelEngineFactory) instead of asking FEEL
     * for every appeal.
     */
    static Double toThousandths(Double confidence) {
        return confidence == null ? null
                : BigDecimal.valueOf(confidence).setScale(3, RoundingMode.FLOOR).doubleValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
