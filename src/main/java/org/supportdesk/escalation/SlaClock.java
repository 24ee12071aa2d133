package org.supportdesk.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.StaffTime;
import org.supportdesk.vocabulary.StaffWords;

/**
 * The appeal's SLA clock: when its next warning or escalation falls due (read by the timer of
 * the "SLA watch" in appeal.bpmn as {@code ${slaClock.nextEventAt(execution.processBusinessKey)}}),
 * and handling whatever is due now. Its notices to staff are written in English and Russian, times in
 * the staff time zone.
 */
@Component("slaClock")
public class SlaClock {

    /** With nothing pending the watch still needs a date; a signal wakes it when deadlines change. */
    static final Duration IDLE = Duration.ofDays(3650);

    private final Appeals appeals;
    private final Escalations escalations;
    private final Clock clock;
    private final StaffTime staffTime;

    SlaClock(Appeals appeals, Escalations escalations, Clock clock, StaffTime staffTime) {
        this.appeals = appeals;
        this.escalations = escalations;
        this.clock = clock;
        this.staffTime = staffTime;
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
        String number = appeal.number();
        switch (event.kind()) {
            case FIRST_RESPONSE_WARNING -> {
                String due = staffTime.format(appeal.firstResponseDueAt());
                escalations.warnOpenTasks(appeal, processInstanceId, event.kind(), StaffWords.both(
                        "First answer due " + due + " for " + number,
                        "Первый ответ по " + number + " нужен до " + due));
            }
            case RESOLUTION_WARNING -> {
                String due = staffTime.format(appeal.resolutionDueAt());
                escalations.warnOpenTasks(appeal, processInstanceId, event.kind(), StaffWords.both(
                        "Resolution due " + due + " for " + number,
                        "Решение по " + number + " нужно до " + due));
            }
            case FIRST_RESPONSE_BREACH -> {
                String since = staffTime.format(event.at());
                escalations.notifyStaff(appeal, null, "support-leads", event.kind(), StaffWords.both(
                        "Level 1: no first answer on " + number + " since " + since,
                        "Уровень 1: нет первого ответа по " + number + " с " + since));
            }
            case RESOLUTION_BREACH -> {
                String by = staffTime.format(event.at());
                escalations.moveOpenWork(processInstanceId, "support-l2");
                escalations.notifyStaff(appeal, null, "support-leads", event.kind(), StaffWords.both(
                        "Level 2: " + number + " not resolved by " + by + "; moved to the second line",
                        "Уровень 2: " + number + " не решено к " + by + "; передано второй линии"));
            }
            case RESOLUTION_OVERDUE -> {
                String since = staffTime.format(appeal.resolutionDueAt());
                escalations.notifyStaff(appeal, null, "support-management", event.kind(), StaffWords.both(
                        "Level 3: " + number + " overdue since " + since,
                        "Уровень 3: " + number + " просрочено с " + since));
            }
            case CRITICAL_PAGE -> {
                // paged at intake by its own task, never by the clock
            }
        }
    }

    private String criticalPage(Appeal appeal) {
        String due = staffTime.format(appeal.firstResponseDueAt());
        return StaffWords.both(
                "Critical appeal " + appeal.number() + " via " + StaffWords.channelEnglish(appeal.channel())
                        + ": first answer due " + due,
                "Критическое обращение " + appeal.number() + " (" + StaffWords.channelRussian(appeal.channel())
                        + "): первый ответ до " + due);
    }

    /** A critical appeal pages the duty engineers once. */
    public void pageDutyEngineers(String appealNumber) {
        Appeal appeal = appeals.get(appealNumber);
        if (escalations.record(appeal, new SlaEvent(EscalationKind.CRITICAL_PAGE, appeal.receivedAt()))) {
            escalations.notifyStaff(appeal, null, "duty-engineers", EscalationKind.CRITICAL_PAGE,
                    criticalPage(appeal));
        }
    }
}
