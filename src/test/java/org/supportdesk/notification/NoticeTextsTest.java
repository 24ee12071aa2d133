package org.supportdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Language;

class NoticeTextsTest {

    @Test
    void aNoticeNamesTheServiceAndRegionItWasGiven() {
        assertThat(NoticeTexts.notice(notice("Object storage", "ru-central-1"), Language.EN, null)).isEqualTo("""
                Security threat: Exposed bucket policy

                Service: Object storage, region: ru-central-1

                A bucket policy allowed public reads for two hours.

                What we recommend:
                Rotate the access keys of the bucket.
                """);
        assertThat(NoticeTexts.notice(notice("Object storage", null), Language.RU, "https://desk.example/ack/1"))
                .isEqualTo("""
                        Угроза безопасности: Exposed bucket policy

                        Сервис: Object storage

                        A bucket policy allowed public reads for two hours.

                        Рекомендации:
                        Rotate the access keys of the bucket.

                        Пожалуйста, подтвердите, что вы получили это уведомление: https://desk.example/ack/1
                        """);
    }

    @Test
    void whatWasNotGivenIsLeftOutRatherThanShownAsADash() {
        assertThat(NoticeTexts.notice(notice(null, "eu-west-1"), Language.EN, null))
                .contains("\n\nRegion: eu-west-1\n\n").doesNotContain("Service", "-\n");
        assertThat(NoticeTexts.notice(notice(null, null), Language.RU, null))
                .startsWith("Угроза безопасности: Exposed bucket policy\n\nA bucket policy")
                .doesNotContain("Сервис", "Регион");
        assertThat(NoticeTexts.subject(notice(null, null), Language.EN, DraftKind.NOTIFICATION_REMINDER))
                .isEqualTo("Reminder: Security threat — Exposed bucket policy");
    }

    private static ServiceNotification notice(String service, String region) {
        return new ServiceNotification(1, "SN-100001", NotificationType.SECURITY_THREAT, service, region,
                List.of("northwind-erp"), "Exposed bucket policy", "A bucket policy allowed public reads for two hours.",
                "Rotate the access keys of the bucket.", ServiceNotification.Status.DRAFT, "duty", null,
                Instant.parse("2026-12-03T07:01:00Z"), null, null);
    }
}
