package org.supportdesk.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void answersInTheLanguageTheCustomerWrote() {
        assertThat(Language.of("Не запускается ВМ", "после обновления ядра")).isEqualTo(Language.RU);
        assertThat(Language.of("VM does not start", null)).isEqualTo(Language.EN);
        // Russian text with English product names stays Russian
        assertThat(Language.of("Ошибка 502 на Load Balancer в проекте shop-prod после обновления")).isEqualTo(Language.RU);
        assertThat(Language.of("", null)).isEqualTo(Language.EN);
    }
}
