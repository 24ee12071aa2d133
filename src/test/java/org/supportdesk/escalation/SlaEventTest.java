package org.supportdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;

/** Which points of the SLA clock are pending, at fixed times. */
class SlaEventTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void anOpenUnansweredAppealHasEveryPointInTimeOrder() {
        assertThat(SlaEvent.pending(appeal(AppealStatus.OPEN, null, Category.TROUBLESHOOTING), Set.of()))
                .extracting(SlaEvent::kind, SlaEvent::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EscalationKind.FIRST_RESPONSE_WARNING, T0.plusSeconds(48 * 60)),
                        org.assertj.core.groups.Tuple.tuple(EscalationKind.FIRST_RESPONSE_BREACH, T0.plusSeconds(3600)),
                        org.assertj.core.groups.Tuple.tuple(EscalationKind.RESOLUTION_WARNING, T0.plusSeconds(6 * 3600)),
                        org.assertj.core.groups.Tuple.tuple(EscalationKind.RESOLUTION_BREACH, T0.plusSeconds(8 * 3600)),
                        org.assertj.core.groups.Tuple.tuple(EscalationKind.RESOLUTION_OVERDUE, T0.plusSeconds(12 * 3600)));
    }

    @Test
    void theFirstAnswerEndsTheFirstAnswerPoints() {
        assertThat(SlaEvent.pending(appeal(AppealStatus.IN_PROGRESS, T0.plusSeconds(600), Category.BILLING), Set.of()))
                .extracting(SlaEvent::kind)
                .containsExactly(EscalationKind.RESOLUTION_WARNING, EscalationKind.RESOLUTION_BREACH,
                        EscalationKind.RESOLUTION_OVERDUE);
    }

    @Test
    void waitingForTheCustomerPausesTheResolutionPoints() {
        assertThat(SlaEvent.pending(appeal(AppealStatus.WAITING_FOR_CUSTOMER, T0.plusSeconds(600), Category.BILLING),
                Set.of())).isEmpty();
    }

    @Test
    void whatFiredForThisDeadlineDoesNotFireAgain() {
        Appeal appeal = appeal(AppealStatus.OPEN, null, Category.TROUBLESHOOTING);
        Set<String> handled = Set.of(new SlaEvent(EscalationKind.FIRST_RESPONSE_WARNING, T0.plusSeconds(48 * 60)).key(),
                new SlaEvent(EscalationKind.FIRST_RESPONSE_BREACH, T0.plusSeconds(3600)).key(),
                // fired for an earlier resolution deadline; the deadline has moved since
                new SlaEvent(EscalationKind.RESOLUTION_BREACH, T0.plusSeconds(2 * 3600)).key());

        assertThat(SlaEvent.pending(appeal, handled)).extracting(SlaEvent::kind)
                .containsExactly(EscalationKind.RESOLUTION_WARNING, EscalationKind.RESOLUTION_BREACH,
                        EscalationKind.RESOLUTION_OVERDUE);
    }

    @Test
    void settledAppealsAndManagedServicesRequestsHaveNoPoints() {
        assertThat(SlaEvent.pending(appeal(AppealStatus.RESOLVED, T0, Category.BILLING), Set.of())).isEmpty();
        assertThat(SlaEvent.pending(appeal(AppealStatus.CLOSED, T0, Category.BILLING), Set.of())).isEmpty();
        assertThat(SlaEvent.pending(appeal(AppealStatus.IN_PROGRESS, null, Category.MANAGED_SERVICES), Set.of()))
                .isEmpty();
    }

    private static Appeal appeal(AppealStatus status, Instant firstAnsweredAt, Category category) {
        return new Appeal(1, "SD-1", Channel.MAIL, status, "login", "project", "a@b.c", null, null, "text",
                Language.EN, null, null, Priority.HIGH, category, false, null, null, T0,
                T0.plusSeconds(3600), T0.plusSeconds(8 * 3600), firstAnsweredAt, null, null, null, 0, 0, "hash", null,
                T0.plusSeconds(48 * 60), T0.plusSeconds(6 * 3600), T0.plusSeconds(12 * 3600), null, null);
    }
}
