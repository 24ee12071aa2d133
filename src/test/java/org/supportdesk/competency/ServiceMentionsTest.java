package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceMentionsTest {

    private final TextTokens tokens = new TextTokens(true);
    /** The modeler's list, as training reads it. */
    private final ServiceMentions mentions = new ServiceMentions(
            Corpus.fromDirectory(Path.of("processes/competency-corpus")).serviceStems());

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
        assertThat(mentions.extractFeatures(tokens.of(text), null)).containsExactly(feature);
    }

    @Test
    void theListIsOneLowerCaseStemALineWithComments() {
        assertThat(ServiceMentions.parse("# ours\n\nvm\n  бакет \n", "f.txt")).containsExactly("vm", "бакет");
        assertThatThrownBy(() -> ServiceMentions.parse("vm\nVolume\n", "f.txt")).hasMessageContaining("f.txt:2");
        assertThatThrownBy(() -> ServiceMentions.parse("object storage\n", "f.txt")).hasMessageContaining("f.txt:1");
        assertThatThrownBy(() -> new ServiceMentions(List.of())).hasMessageContaining(ServiceMentions.FILE);
    }

    @Test
    void theListIsPartOfTheModelVersion() {
        Corpus one = Corpus.parse(List.of(new Corpus.Named("a.tsv", "BILLING\tinvoice"),
                new Corpus.Named(ServiceMentions.FILE, "vm\n")));
        Corpus two = Corpus.parse(List.of(new Corpus.Named("a.tsv", "BILLING\tinvoice"),
                new Corpus.Named(ServiceMentions.FILE, "vm\nbucket\n")));

        assertThat(one.serviceStems()).containsExactly("vm");
        assertThat(one.texts()).hasSize(1);
        assertThat(one.fingerprint()).isNotEqualTo(two.fingerprint());
    }
}
