package org.supportdesk.competency.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.supportdesk.competency.DecisionTables;

/**
 * The competency decisions as deployed: every evaluation goes through the engine, so Cockpit's
 * decision history shows it with its inputs and the rule that matched.
 */
@Component
class EngineDecisionTables implements DecisionTables {

    private final DecisionService decisions;

    EngineDecisionTables(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
        return decisions.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate().getResultList();
    }
}
