package org.supportdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;

class SlaReportTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T20:00:00Z");

    @Test
    void countsOnTimeShareMediansAndBreachesPerChannelAndPriority() {
        List<Appeal> appeals = List.of(
                // answered after 30 min (due 60), resolved after 5 h (due 8 h): both on time
                appeal("SD-1", Channel.MAIL, Priority.HIGH, AppealStatus.RESOLVED, 30, 300),
                // answered after 90 min: late; resolved after 10 h: late
                appeal("SD-2", Channel.MAIL, Priority.HIGH, AppealStatus.RESOLVED, 90, 600),
                // answered after 10 min, still open past its resolution deadline: a breach without resolution
                appeal("SD-3", Channel.MAIL, Priority.HIGH, AppealStatus.IN_PROGRESS, 10, null),
                // unanswered long past its first-answer deadline: a breach without an answer
                appeal("SD-4", Channel.TELEGRAM, Priority.LOW, AppealStatus.OPEN, null, null));

        SlaReport report = SlaReport.of(T0.minusSeconds(3600), NOW, NOW, appeals);

        SlaReport.Row mail = report.rows().get(0);
        assertThat(mail.channel()).isEqualTo(Channel.MAIL);
        assertThat(mail.count()).isEqualTo(3);
        assertThat(mail.firstAnswerDue()).isEqualTo(3);
        assertThat(mail.firstAnswerOnTime()).isEqualTo(2);
        assertThat(mail.firstAnswerOnTimePercent()).isEqualTo(66.7);
        assertThat(mail.medianFirstAnswerMinutes()).isEqualTo(30);
        assertThat(mail.resolutionDue()).isEqualTo(3);
        assertThat(mail.resolutionOnTimePercent()).isEqualTo(33.3);
        assertThat(mail.medianResolutionMinutes()).isEqualTo(450);

        SlaReport.Row telegram = report.rows().get(1);
        assertThat(telegram.firstAnswerOnTimePercent()).isEqualTo(0.0);
        assertThat(telegram.medianFirstAnswerMinutes()).isNull();

        assertThat(report.breaches()).extracting(SlaReport.Breach::number, SlaReport.Breach::deadline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SD-2", SlaReport.Deadline.FIRST_RESPONSE),
                        org.assertj.core.groups.Tuple.tuple("SD-4", SlaReport.Deadline.FIRST_RESPONSE),
                        org.assertj.core.groups.Tuple.tuple("SD-2", SlaReport.Deadline.RESOLUTION),
                        org.assertj.core.groups.Tuple.tuple("SD-3", SlaReport.Deadline.RESOLUTION),
                        org.assertj.core.groups.Tuple.tuple("SD-4", SlaReport.Deadline.RESOLUTION));
        SlaReport.Breach unanswered = report.breaches().get(1);
        assertThat(unanswered.metAt()).isNull();
        assertThat(unanswered.lateMinutes()).isEqualTo(600 - 60);
    }

    @Test
    void deadlinesNotYetReachedAreNotCounted() {
        Instant beforeAnyDeadline = T0.plusSeconds(20 * 60);
        SlaReport report = SlaReport.of(T0, beforeAnyDeadline, beforeAnyDeadline,
                List.of(appeal("SD-5", Channel.VK, Priority.CRITICAL, AppealStatus.OPEN, null, null)));

        assertThat(report.rows().get(0).firstAnswerDue()).isZero();
        assertThat(report.rows().get(0).firstAnswerOnTimePercent()).isNull();
        assertThat(report.breaches()).isEmpty();
    }

    @Test
    void rejectedAppealsAreCountedButHaveNoDeadlines() {
        Appeal rejected = new Appeal(1, "SD-9", Channel.FEEDBACK_FORM, AppealStatus.REJECTED, null, null, "a@b.c",
                null, null, "debug my code", Language.EN, null, null, Priority.MIDDLE, Category.CODE_DEBUGGING,
                false, "CODE_DEBUGGING", "no", T0, null, null, null, null, T0, null, 0, 0, "h", null, null, null, null, null, null);

        SlaReport report = SlaReport.of(T0, NOW, NOW, List.of(rejected));

        assertThat(report.rows().get(0).count()).isEqualTo(1);
        assertThat(report.rows().get(0).firstAnswerDue()).isZero();
        assertThat(report.breaches()).isEmpty();
    }

    private static Appeal appeal(String number, Channel channel, Priority priority, AppealStatus status,
                                 Integer answeredAfterMinutes, Integer resolvedAfterMinutes) {
        return new Appeal(1, number, channel, status, "login", "project", "a@b.c", null, null, "text", Language.EN,
                null, null, priority, Category.TROUBLESHOOTING, false, null, null, T0,
                T0.plusSeconds(3600), T0.plusSeconds(8 * 3600),
                answeredAfterMinutes == null ? null : T0.plusSeconds(answeredAfterMinutes * 60L),
                resolvedAfterMinutes == null ? null : T0.plusSeconds(resolvedAfterMinutes * 60L),
                null, null, 0, 0, "hash", null, null, null, null, null, null);
    }
}
