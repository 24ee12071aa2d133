package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceMentionsTest {

    private final TextTokens tokens = new TextTokens(true);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The snapshots of our VMs fail since yesterday | svc=yes",
        "Как открыть публичный доступ к бакету? | svc=yes",
        "Managed PostgreSQL refuses connections | svc=yes",
        "Балансировщик отдаёт 502 | svc=yes",
        "Our Mattermost installation: how to enable SSO with Google accounts? | svc=no",
        "Как настроить RAID на офисном Synology? | svc=no",
        "Please write us a Telegram bot | svc=no"
    })
    void aTextNamingAServiceOfOursIsToldFromOneThatNamesNone(String text, String feature) {
        assertThat(new ServiceMentions().extractFeatures(tokens.of(text), null)).containsExactly(feature);
    }
}
