package org.supportdesk.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;

/**
 * The appeal's SLA clock: when its next warning or escalation falls due (read by the timer of
 * the "SLA watch" in appeal.bpmn as {@code ${slaClock.nextEventAt(execution.processBusinessKey)}}),
 * and handling whatever is due now. Its notices to staff keep the deadlines they name; each reader gets
 * them worded in their language and time zone ({@link StaffNoticeText}).
 */
@Component("slaClock")
public class SlaClock {

    /** With nothing pending the watch still needs a date; a signal wakes it when deadlines change. */
    static final Duration IDLE = Duration.ofDays(3650);

    private final Appeals appeals;
    private final Escalations escalations;
    private final Clock clock;

    SlaClock(Appeals appeals, Escalations escalations, Clock clock) {
        this.appeals = appeals;
        this.escalations = escalations;
        this.clock = clock;
    }

    public Date nextEventAt(String appealNumber) {
        Appeal appeal = appeals.get(appealNumber);
        List<SlaEvent> pending = SlaEvent.pending(appeal, escalations.handled(appeal));
        return Date.from(pending.isEmpty() ? clock.instant().plus(IDLE) : pending.get(0).at());
    }

    /** Handles every point that is due now, oldest first; returns those that fired. */
    public List<SlaEvent> handleDue(String appealNumber, String processInstanceId) {
        Appeal appeal = appeals.get(appealNumber);
        Instant now = clock.instant();
        List<SlaEvent> fired = SlaEvent.pending(appeal, escalations.handled(appeal)).stream()
                .filter(event -> !event.at().isAfter(now))
                .filter(event -> escalations.record(appeal, event))
                .toList();
        for (SlaEvent event : fired) {
            act(appeal, processInstanceId, event);
        }
        return fired;
    }

    private void act(Appeal appeal, String processInstanceId, SlaEvent event) {
        switch (event.kind()) {
            case FIRST_RESPONSE_WARNING -> escalations.warnOpenTasks(appeal, processInstanceId,
                    StaffNoticeText.Facts.of(event.kind(), appeal.number(), appeal.firstResponseDueAt()));
            case RESOLUTION_WARNING -> escalations.warnOpenTasks(appeal, processInstanceId,
                    StaffNoticeText.Facts.of(event.kind(), appeal.number(), appeal.resolutionDueAt()));
            case FIRST_RESPONSE_BREACH -> escalations.notifyStaff(appeal, null, "support-leads",
                    StaffNoticeText.Facts.of(event.kind(), appeal.number(), event.at()));
            case RESOLUTION_BREACH -> {
                escalations.moveOpenWork(processInstanceId, "support-l2");
                escalations.notifyStaff(appeal, null, "support-leads",
                        StaffNoticeText.Facts.of(event.kind(), appeal.number(), event.at()));
            }
            case RESOLUTION_OVERDUE -> escalations.notifyStaff(appeal, null, "support-management",
                    StaffNoticeText.Facts.of(event.kind(), appeal.number(), appeal.resolutionDueAt()));
            case CRITICAL_PAGE -> {
                // paged at intake by its own task, never by the clock
            }
        }
    }

    /** A critical appeal pages the duty engineers once. */
    public void pageDutyEngineers(String appealNumber) {
        Appeal appeal = appeals.get(appealNumber);
        if (escalations.record(appeal, new SlaEvent(EscalationKind.CRITICAL_PAGE, appeal.receivedAt()))) {
            escalations.notifyStaff(appeal, null, "duty-engineers", new StaffNoticeText.Facts(
                    EscalationKind.CRITICAL_PAGE.name(), appeal.number(), null, appeal.firstResponseDueAt(), null,
                    appeal.channel(), appeal.priority(), null, null));
        }
    }
}
