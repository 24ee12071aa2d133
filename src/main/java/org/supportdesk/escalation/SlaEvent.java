package org.supportdesk.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;

/**
 * One point on an appeal's SLA clock. Which points are still pending follows from the appeal:
 * first-answer points until the first answer, resolution points while the appeal is worked on
 * (not while we wait for the customer: the clock is paused), none once it is settled or handed
 * to sales.
 */
public record SlaEvent(EscalationKind kind, Instant at) {

    String key() {
        return kind + "@" + at.toEpochMilli();
    }

    static List<SlaEvent> pending(Appeal appeal, Set<String> handled) {
        List<SlaEvent> events = new ArrayList<>();
        boolean worked = appeal.status() == AppealStatus.OPEN || appeal.status() == AppealStatus.IN_PROGRESS;
        if (appeal.category() == Category.MANAGED_SERVICES || appeal.firstResponseDueAt() == null
                || !(worked || appeal.status() == AppealStatus.WAITING_FOR_CUSTOMER)) {
            return events;
        }
        if (appeal.firstAnsweredAt() == null) {
            add(events, EscalationKind.FIRST_RESPONSE_WARNING, appeal.firstResponseWarningAt());
            add(events, EscalationKind.FIRST_RESPONSE_BREACH, appeal.firstResponseDueAt());
        }
        if (worked) {
            add(events, EscalationKind.RESOLUTION_WARNING, appeal.resolutionWarningAt());
            add(events, EscalationKind.RESOLUTION_BREACH, appeal.resolutionDueAt());
            add(events, EscalationKind.RESOLUTION_OVERDUE, appeal.resolutionOverdueAt());
        }
        return events.stream()
                .filter(e -> !handled.contains(e.key()))
                .sorted(Comparator.comparing(SlaEvent::at))
                .toList();
    }

    private static void add(List<SlaEvent> events, EscalationKind kind, Instant at) {
        if (at != null) {
            events.add(new SlaEvent(kind, at));
        }
    }
}
