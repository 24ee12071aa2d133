package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.ADDED_INFORMATION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;

/** Task listener of "Add information" (complete): what sales found out is added to the request's notes. */
@Component("recordAddedInformationListener")
class RecordAddedInformationListener implements TaskListener {

    private final CostRequestRepository requests;

    RecordAddedInformationListener(CostRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        String added = FormValues.text(task, ADDED_INFORMATION);
        if (added != null) {
            requests.appendNotes(requests.getByNumber(task.getExecution().getProcessBusinessKey()), added);
        }
    }
}
