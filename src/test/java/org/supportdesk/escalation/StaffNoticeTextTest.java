package org.supportdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;

class StaffNoticeTextTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    static final Instant DUE = Instant.parse("2026-12-02T09:30:00Z");

    @Test
    void aWarningReadsInTheReadersLanguageWithTheirZoneNamed() {
        StaffNoticeText.Facts warning = StaffNoticeText.Facts.of(EscalationKind.FIRST_RESPONSE_WARNING, "SD-000042", DUE);

        assertThat(StaffNoticeText.render(warning, Language.RU, MOSCOW))
                .isEqualTo("Первый ответ по SD-000042 нужен до 2 дек. 2026, 12:30 МСК");
        assertThat(StaffNoticeText.render(warning, Language.EN, MOSCOW))
                .isEqualTo("First answer due 2 Dec 2026, 12:30 MSK for SD-000042");
        assertThat(StaffNoticeText.render(warning, Language.EN, NOVOSIBIRSK))
                .isEqualTo("First answer due 2 Dec 2026, 16:30 GMT+7 (Asia/Novosibirsk) for SD-000042");
        assertThat(StaffNoticeText.render(warning, Language.RU, ZoneId.of("UTC")))
                .isEqualTo("Первый ответ по SD-000042 нужен до 2 дек. 2026, 09:30 UTC");
    }

    @Test
    void escalationsNameTheirLevel() {
        assertThat(StaffNoticeText.render(StaffNoticeText.Facts.of(EscalationKind.FIRST_RESPONSE_BREACH, "SD-1", DUE),
                Language.RU, MOSCOW)).isEqualTo("Уровень 1: нет первого ответа по SD-1 с 2 дек. 2026, 12:30 МСК");
        assertThat(StaffNoticeText.render(StaffNoticeText.Facts.of(EscalationKind.RESOLUTION_BREACH, "SD-1", DUE),
                Language.EN, MOSCOW))
                .isEqualTo("Level 2: SD-1 not resolved by 2 Dec 2026, 12:30 MSK; moved to the second line");
        assertThat(StaffNoticeText.render(StaffNoticeText.Facts.of(EscalationKind.RESOLUTION_OVERDUE, "SD-1", DUE),
                Language.RU, NOVOSIBIRSK))
                .isEqualTo("Уровень 3: SD-1 просрочено с 2 дек. 2026, 16:30 GMT+7 (Asia/Novosibirsk)");
    }

    @Test
    void aPageNamesTheChannelAndPriorityAsWords() {
        StaffNoticeText.Facts page = new StaffNoticeText.Facts(EscalationKind.CRITICAL_PAGE.name(), "SD-7", null, DUE,
                null, Channel.VK, Priority.CRITICAL, null, null);

        assertThat(StaffNoticeText.render(page, Language.RU, MOSCOW))
                .isEqualTo("Критическое обращение SD-7 (ВКонтакте): первый ответ до 2 дек. 2026, 12:30 МСК");
        assertThat(StaffNoticeText.render(page, Language.EN, MOSCOW))
                .isEqualTo("Critical appeal SD-7 via VK: first answer due 2 Dec 2026, 12:30 MSK");
    }

    @Test
    void aSalesNoticeNamesTheQuoteCompanyAndDay() {
        StaffNoticeText.Facts quote = new StaffNoticeText.Facts(StaffNoticeText.QUOTE_EXPIRING, null, "MS-100001", null,
                LocalDate.of(2026, 12, 5), null, null, "Romashka LLC", null);

        assertThat(StaffNoticeText.render(quote, Language.RU, MOSCOW))
                .isEqualTo("Предложение MS-100001 для Romashka LLC действует до 5 дек. 2026; клиент ещё не ответил.");
        assertThat(StaffNoticeText.render(quote, Language.EN, NOVOSIBIRSK))
                .isEqualTo("The quote MS-100001 for Romashka LLC expires on 5 Dec 2026; the customer has not answered yet.");
    }

    @Test
    void aNoticeStoredBeforeItsPartsIsShownAsWritten() {
        String body = "Level 1: no first answer on SD-1 since 2026-12-01 14:30 MSK"
                + " / Уровень 1: нет первого ответа по SD-1 с 2026-12-01 14:30 MSK";
        StaffNoticeText.Facts old = new StaffNoticeText.Facts(EscalationKind.FIRST_RESPONSE_BREACH.name(), "SD-1", null,
                null, null, null, null, null, body);

        assertThat(StaffNoticeText.render(old, Language.EN, NOVOSIBIRSK)).isEqualTo(body);
        assertThat(StaffNoticeText.render(old, Language.RU, MOSCOW)).isEqualTo(body);
    }

    @Test
    void theLanguageIsTheFirstOfRussianOrEnglishTheBrowserNames() {
        assertThat(StaffNoticeController.languageOf("ru-RU,ru;q=0.9,en-US;q=0.8", Language.EN)).isEqualTo(Language.RU);
        assertThat(StaffNoticeController.languageOf("de-DE,en;q=0.7,ru;q=0.5", Language.RU)).isEqualTo(Language.EN);
        assertThat(StaffNoticeController.languageOf("de-DE", Language.RU)).isEqualTo(Language.RU);
        assertThat(StaffNoticeController.languageOf(null, Language.RU)).isEqualTo(Language.RU);
        assertThat(StaffNoticeController.languageOf(";;;", Language.EN)).isEqualTo(Language.EN);
    }
}
