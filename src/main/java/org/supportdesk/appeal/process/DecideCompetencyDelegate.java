package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealRepository;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.competency.CompetencyDecision;
import org.supportdesk.competency.CompetencyPolicy;

/** Service task "Decide competency": category (given or from the text rules) -> handling. */
@Component
class DecideCompetencyDelegate implements JavaDelegate {

    private final AppealRepository appeals;
    private final CompetencyPolicy competency;

    DecideCompetencyDelegate(AppealRepository appeals, CompetencyPolicy competency) {
        this.appeals = appeals;
        this.competency = competency;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.getByNumber(execution.getProcessBusinessKey());
        Category given = ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class);
        CompetencyDecision decision = competency.decide(given, appeal.text());
        if (decision.category() != appeal.category()) {
            appeals.updateCategory(appeal.id(), decision.category());
        }
        execution.setVariable(AppealVariables.CATEGORY, decision.category().name());
        execution.setVariable(AppealVariables.HANDLING, decision.handling().name());
        execution.setVariable(AppealVariables.IN_SCOPE, decision.inScope());
    }
}
