package org.supportdesk.sla.process;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.supportdesk.sla.SlaTimes;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Priority;

/** Reads the modelers' sla decision (processes/sla.dmn); no SLA number lives in Java. */
@Service
public class SlaPolicy {

    static final String DECISION_KEY = "sla";

    private final DecisionService decisions;

    public SlaPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    public SlaTimes timesFor(Channel channel, Priority priority, boolean managedServices) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                        Map.of("channel", channel.name(), "priority", priority.name(),
                                "managedServices", managedServices))
                .getSingleResult();
        if (row == null) {
            throw new IllegalStateException("the sla decision has no row for " + channel + "/" + priority
                    + (managedServices ? " (Managed Services)" : ""));
        }
        Number share = row.getEntry("warningShare");
        return new SlaTimes(Duration.parse(row.getEntry("firstResponse")),
                Duration.parse(row.getEntry("resolution")),
                share == null ? 0.8 : share.doubleValue());
    }
}
