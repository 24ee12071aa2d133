package org.supportdesk.workspace;

import java.time.Instant;

import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;

/**
 * Where an appeal stands on its SLA clock at a moment: the next deadline it must keep, and whether
 * that deadline is still comfortable, near (past the warning point the {@code sla} decision sets) or
 * missed. Read from the appeal row each time, so it is never stale.
 *
 * @param state    see {@link State}
 * @param deadline which promise the next deadline is; null when none runs
 * @param dueAt    when it falls due; null when none runs
 * @param since    for {@link State#PAUSED}: since when we wait for the customer
 */
public record SlaStatus(State state, Deadline deadline, Instant dueAt, Instant since) {

    public enum State {
        /** the next deadline is ahead and not yet near */
        ON_TIME,
        /** past the warning point of the next deadline */
        WARNING,
        /** the next deadline has passed */
        BREACHED,
        /** we wait for the customer: the resolution clock stands still */
        PAUSED,
        /** resolved, closed, rejected or handed to sales: no deadline runs */
        NONE
    }

    public enum Deadline {
        FIRST_ANSWER, RESOLUTION
    }

    public static SlaStatus of(Appeal appeal, Instant now) {
        if (appeal.status() == AppealStatus.WAITING_FOR_CUSTOMER) {
            return new SlaStatus(State.PAUSED, Deadline.RESOLUTION, appeal.resolutionDueAt(), appeal.waitingSince());
        }
        boolean worked = appeal.status() == AppealStatus.OPEN || appeal.status() == AppealStatus.IN_PROGRESS;
        if (!worked || appeal.category() == Category.MANAGED_SERVICES || appeal.firstResponseDueAt() == null) {
            return new SlaStatus(State.NONE, null, null, null);
        }
        boolean firstAnswerOutstanding = appeal.firstAnsweredAt() == null;
        Deadline deadline = firstAnswerOutstanding ? Deadline.FIRST_ANSWER : Deadline.RESOLUTION;
        Instant due = firstAnswerOutstanding ? appeal.firstResponseDueAt() : appeal.resolutionDueAt();
        Instant warning = firstAnswerOutstanding ? appeal.firstResponseWarningAt() : appeal.resolutionWarningAt();
        State state = due != null && !now.isBefore(due) ? State.BREACHED
                : warning != null && !now.isBefore(warning) ? State.WARNING : State.ON_TIME;
        return new SlaStatus(state, deadline, due, null);
    }
}
