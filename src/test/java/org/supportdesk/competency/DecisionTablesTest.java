package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.supportdesk.vocabulary.Category;

class DecisionTablesTest {

    @Test
    void theConfidenceIsCutToThousandthsNeverRoundedUpOverAThreshold() {
        assertThat(DecisionTables.toThousandths(0.84999)).isEqualTo(0.849);
        assertThat(DecisionTables.toThousandths(0.85)).isEqualTo(0.85);
        assertThat(DecisionTables.toThousandths(0.8500001)).isEqualTo(0.85);
        assertThat(DecisionTables.toThousandths(0.57)).isEqualTo(0.57);
        assertThat(DecisionTables.toThousandths(1.0)).isEqualTo(1.0);
        assertThat(DecisionTables.toThousandths(null)).isNull();
    }

    @Test
    void everyThresholdOfThreeDecimalsDecidesAsOnTheFullConfidence() {
        Random random = new Random(42);
        List<Double> confidences = new ArrayList<>(List.of(0.0, 1.0, 0.8, 0.85, 0.65, 0.7, 0.5, 0.7999999999999999));
        for (int i = 0; i < 2_000; i++) {
            confidences.add(random.nextDouble());
        }
        List<String> changed = new ArrayList<>();
        for (int thousandths = 0; thousandths <= 1000; thousandths++) {
            BigDecimal threshold = BigDecimal.valueOf(thousandths, 3);
            for (double confidence : confidences) {
                // FEEL compares the decimal the double reads as
                boolean below = BigDecimal.valueOf(confidence).compareTo(threshold) < 0;
                boolean cutBelow = BigDecimal.valueOf(DecisionTables.toThousandths(confidence)).compareTo(threshold) < 0;
                if (cutBelow != below) {
                    changed.add(confidence + " < " + threshold);
                }
            }
        }
        assertThat(changed).isEmpty();
    }

    @Test
    void theDecisionIsAskedWithTheCutConfidence() {
        List<Object> asked = new ArrayList<>();
        DecisionTables tables = (key, inputs) -> {
            asked.add(inputs.get("confidence"));
            asked.add(inputs.get("categoryConfidence"));
            throw new StopHere();
        };
        try {
            tables.competency(Category.CODE_DEBUGGING, Source.MODEL, 0.8499987, 0.4129999, false);
        } catch (StopHere expected) {
            // the inputs are what this test looks at
        }
        assertThat(asked).containsExactly(0.849, 0.412);
    }

    private static final class StopHere extends RuntimeException {
    }
}
