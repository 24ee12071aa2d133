package org.supportdesk.managedservices.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of the cost request's user tasks (create): the sales representative who filed the
 * request owns each of its tasks, so they follow the request in Tasklist's "My cost requests" while
 * presales, engineers or sales leads work on it. Ownership gives read access to that task only.
 */
@Component("salesRepOwnsTaskListener")
class SalesRepOwnsTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object salesRep = task.getVariable(CostRequestVariables.SALES_REP);
        if (salesRep instanceof String user && !user.isBlank()) {
            task.setOwner(user);
        }
    }
}
