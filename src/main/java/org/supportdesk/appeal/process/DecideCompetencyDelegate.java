package org.supportdesk.appeal.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.competency.CompetencyAssessment;
import org.supportdesk.competency.CompetencyDecision;
import org.supportdesk.competency.CompetencyPolicy;
import org.supportdesk.competency.CompetencyRecords;
import org.supportdesk.vocabulary.Category;

/**
 * Service task "Decide competency": category (given, phrase rule or classifier) -> handling. The
 * decision, its source, the classifier's suggestion and the model version are recorded.
 */
@Component
class DecideCompetencyDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final CompetencyPolicy competency;
    private final CompetencyRecords records;
    private final Clock clock;

    DecideCompetencyDelegate(Appeals appeals, CompetencyPolicy competency, CompetencyRecords records,
                             Clock clock) {
        this.appeals = appeals;
        this.competency = competency;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        Category given = ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class);
        CompetencyAssessment assessment = competency.assess(given, appeal.text());
        CompetencyDecision decision = assessment.decision();
        appeals.categorize(appeal, decision.category());
        records.recordAssessment(appeal.id(), assessment, clock.instant());
        execution.setVariable(AppealVariables.CATEGORY, decision.category().name());
        execution.setVariable(AppealVariables.HANDLING, decision.handling().name());
        execution.setVariable(AppealVariables.IN_SCOPE, decision.inScope());
    }
}
