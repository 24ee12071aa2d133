package org.supportdesk.appeal.process;

import java.time.Clock;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.competency.CompetencyPolicy;
import org.supportdesk.competency.CompetencyRecords;
import org.supportdesk.competency.Handling;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Level;

/**
 * Service task "Record triage": stores what the agent confirmed and refuses combinations that
 * make no sense (the task stays open and Tasklist shows the reason).
 */
@Component
class RecordTriageDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final CompetencyPolicy competency;
    private final CompetencyRecords records;
    private final Clock clock;

    RecordTriageDelegate(Appeals appeals, CompetencyPolicy competency, CompetencyRecords records,
                         Clock clock) {
        this.appeals = appeals;
        this.competency = competency;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        TriageDecision decision = ProcessSupport.enumValue(execution, AppealVariables.TRIAGE_DECISION,
                TriageDecision.class);
        if (decision == null) {
            throw new InvalidRequestException(AppealVariables.TRIAGE_DECISION, "choose what to do with the appeal");
        }
        Category category = Objects.requireNonNullElse(
                ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class), Category.UNCLASSIFIED);
        Level urgency = ProcessSupport.enumValue(execution, AppealVariables.URGENCY, Level.class);
        Level impact = ProcessSupport.enumValue(execution, AppealVariables.IMPACT, Level.class);
        Handling handling = competency.forCategory(category).handling();

        switch (decision) {
            case ACCEPT -> {
                if (handling != Handling.SUPPORT) {
                    throw new InvalidRequestException(AppealVariables.CATEGORY,
                            "to accept the appeal choose one of the categories support handles");
                }
                appeals.accept(appeal);
                execution.setVariable(AppealVariables.TRIAGED, true);
                execution.setVariable(AppealVariables.IN_SCOPE, true);
            }
            case ASK_CUSTOMER -> {
                if (ProcessSupport.text(execution, AppealVariables.REPLY) == null) {
                    throw new InvalidRequestException(AppealVariables.REPLY, "write the question to the customer");
                }
            }
            case REJECT -> execution.setVariable(AppealVariables.IN_SCOPE, false);
            case HAND_TO_SALES -> {
                category = Category.MANAGED_SERVICES;
                execution.setVariable(AppealVariables.CATEGORY, category.name());
                execution.setVariable(AppealVariables.IN_SCOPE, false);
            }
        }
        appeals.classify(appeal, category, urgency, impact);
        if (decision != TriageDecision.ASK_CUSTOMER) {
            // a labelled example for the corpus: the text, the suggestion it got, the agent's choice
            records.recordAgentChoice(appeal.id(), appeal.text(), category,
                    decision == TriageDecision.REJECT ? Handling.REJECT
                            : decision == TriageDecision.HAND_TO_SALES ? Handling.SALES : Handling.SUPPORT,
                    decision.name(), ProcessSupport.string(execution, AppealVariables.WORK_ASSIGNEE), clock.instant());
        }
    }
}
