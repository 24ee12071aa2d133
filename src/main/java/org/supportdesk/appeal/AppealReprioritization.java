package org.supportdesk.appeal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.appeal.process.AppealProcess;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;

/**
 * A priority change outside triage: the priority decision, deadlines from the received time, the
 * open tasks' due dates, and the SLA watch woken to reschedule its timer.
 */
@Service
public class AppealReprioritization {

    private final AppealRepository appeals;
    private final AppealDeadlines deadlines;
    private final AppealProcess process;

    AppealReprioritization(AppealRepository appeals, AppealDeadlines deadlines, AppealProcess process) {
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.process = process;
    }

    @Transactional
    public Appeal change(Appeal appeal, Level urgency, Level impact) {
        if (appeal.status() != AppealStatus.OPEN && appeal.status() != AppealStatus.IN_PROGRESS
                && appeal.status() != AppealStatus.WAITING_FOR_CUSTOMER) {
            throw new AppealClosedException(appeal.number(), "the priority of a settled appeal stays as it was");
        }
        Priority priority = process.priority(urgency, impact);
        appeals.updatePriorityInputs(appeal.id(), urgency, impact);
        Deadlines due = deadlines.apply(appeal.number(), priority);
        process.priorityChanged(appeal.number(), urgency, impact, priority, due, appeal.firstAnsweredAt() != null);
        return appeals.getByNumber(appeal.number());
    }
}
