package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;

class SlaStatusTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant FIRST_DUE = RECEIVED.plus(Duration.ofHours(1));
    private static final Instant FIRST_WARNING = RECEIVED.plus(Duration.ofMinutes(48));
    private static final Instant RESOLUTION_DUE = RECEIVED.plus(Duration.ofHours(8));
    private static final Instant RESOLUTION_WARNING = RECEIVED.plus(Duration.ofMinutes(384));

    @Test
    void theFirstAnswerIsTheNextDeadlineUntilItIsGiven() {
        Appeal open = appeal(AppealStatus.OPEN, null, Category.UNCLASSIFIED, null);

        assertThat(SlaStatus.of(open, RECEIVED.plusSeconds(60)))
                .isEqualTo(new SlaStatus(SlaStatus.State.ON_TIME, SlaStatus.Deadline.FIRST_ANSWER, FIRST_DUE, null));
        assertThat(SlaStatus.of(open, FIRST_WARNING).state()).isEqualTo(SlaStatus.State.WARNING);
        assertThat(SlaStatus.of(open, FIRST_DUE).state()).isEqualTo(SlaStatus.State.BREACHED);
    }

    @Test
    void onceAnsweredTheResolutionCounts() {
        Appeal answered = appeal(AppealStatus.IN_PROGRESS, RECEIVED.plusSeconds(600), Category.BILLING, null);

        SlaStatus status = SlaStatus.of(answered, RESOLUTION_WARNING.minusSeconds(1));
        assertThat(status.deadline()).isEqualTo(SlaStatus.Deadline.RESOLUTION);
        assertThat(status.dueAt()).isEqualTo(RESOLUTION_DUE);
        assertThat(status.state()).isEqualTo(SlaStatus.State.ON_TIME);
        assertThat(SlaStatus.of(answered, RESOLUTION_WARNING).state()).isEqualTo(SlaStatus.State.WARNING);
        assertThat(SlaStatus.of(answered, RESOLUTION_DUE.plusSeconds(1)).state()).isEqualTo(SlaStatus.State.BREACHED);
    }

    @Test
    void waitingForTheCustomerPausesTheClock() {
        Instant since = RECEIVED.plus(Duration.ofHours(2));
        Appeal waiting = appeal(AppealStatus.WAITING_FOR_CUSTOMER, RECEIVED.plusSeconds(600), Category.BILLING, since);

        assertThat(SlaStatus.of(waiting, RESOLUTION_DUE.plusSeconds(1)))
                .isEqualTo(new SlaStatus(SlaStatus.State.PAUSED, SlaStatus.Deadline.RESOLUTION, RESOLUTION_DUE, since));
    }

    @Test
    void settledAndHandedOverAppealsRunNoDeadline() {
        assertThat(SlaStatus.of(appeal(AppealStatus.RESOLVED, RECEIVED, Category.BILLING, null), RESOLUTION_DUE)
                .state()).isEqualTo(SlaStatus.State.NONE);
        assertThat(SlaStatus.of(appeal(AppealStatus.CLOSED, RECEIVED, Category.BILLING, null), RESOLUTION_DUE)
                .state()).isEqualTo(SlaStatus.State.NONE);
        assertThat(SlaStatus.of(appeal(AppealStatus.IN_PROGRESS, null, Category.MANAGED_SERVICES, null), FIRST_DUE)
                .state()).isEqualTo(SlaStatus.State.NONE);
    }

    private static Appeal appeal(AppealStatus status, Instant firstAnsweredAt, Category category, Instant waitingSince) {
        return new Appeal(1, "SD-1", Channel.MAIL, status, "anna", "shop", "anna@example.com", "Anna", "Subject",
                "Description", Language.EN, null, null, Priority.MIDDLE, category, false, null, null, RECEIVED,
                FIRST_DUE, RESOLUTION_DUE, firstAnsweredAt, null, null, waitingSince, 0, 0, "hash", null,
                FIRST_WARNING, RESOLUTION_WARNING, RESOLUTION_DUE.plus(Duration.ofHours(4)), null, null);
    }
}
