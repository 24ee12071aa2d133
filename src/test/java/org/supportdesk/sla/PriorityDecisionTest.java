package org.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "processes/priority.dmn")
class PriorityDecisionTest {

    // the in-memory engine for model tests, named so that application tests do not pick it up
    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    @ParameterizedTest(name = "impact {1}, urgency {0} -> {2}")
    @CsvSource({
        "HIGH,   HIGH,   CRITICAL",
        "MEDIUM, HIGH,   HIGH",
        "LOW,    HIGH,   MIDDLE",
        "HIGH,   MEDIUM, HIGH",
        "MEDIUM, MEDIUM, MIDDLE",
        "LOW,    MEDIUM, LOW",
        "HIGH,   LOW,    MIDDLE",
        "MEDIUM, LOW,    LOW",
        "LOW,    LOW,    LOW"
    })
    void everyCellOfTheMatrix(String urgency, String impact, String priority) {
        assertThat(priority(urgency, impact)).isEqualTo(priority);
    }

    // CsvSource turns an empty cell into null: a missing value counts as MEDIUM
    @ParameterizedTest(name = "urgency {0}, impact {1} -> {2}")
    @CsvSource({
        "HIGH,   ,       HIGH",
        "MEDIUM, ,       MIDDLE",
        "LOW,    ,       LOW",
        ",       HIGH,   HIGH",
        ",       MEDIUM, MIDDLE",
        ",       LOW,    LOW",
        ",       ,       MIDDLE"
    })
    void aMissingValueCountsAsMedium(String urgency, String impact, String priority) {
        assertThat(priority(urgency, impact)).isEqualTo(priority);
    }

    @Test
    void withNeitherVariableSetThePriorityIsMiddle() {
        assertThat(evaluate(Variables.createVariables())).isEqualTo("MIDDLE");
    }

    private String priority(String urgency, String impact) {
        Map<String, Object> values = new HashMap<>();
        values.put("urgency", urgency);
        values.put("impact", impact);
        return evaluate(Variables.fromMap(values));
    }

    private String evaluate(VariableMap variables) {
        DecisionService decisions = engine.getDecisionService();
        return decisions.evaluateDecisionTableByKey("priority", variables).getSingleEntry();
    }
}
