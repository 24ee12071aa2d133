package org.supportdesk.managedservices.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;

/**
 * Task listener on every onboarding step ("complete"): records the step for sales to follow in
 * {@code GET /api/managed-services/requests/{number}}.
 */
@Component("onboardingStepListener")
class OnboardingStepListener implements TaskListener {

    private final CostRequestRepository requests;
    private final Clock clock;

    OnboardingStepListener(CostRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        String onboarding = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Object notes = task.getVariable(OnboardingVariables.STEP_NOTES);
        requests.findByNumber(number).ifPresent(request -> requests.recordOnboardingStep(request.id(), onboarding,
                task.getName(), task.getAssignee(), notes == null ? null : notes.toString(), clock.instant()));
    }
}
