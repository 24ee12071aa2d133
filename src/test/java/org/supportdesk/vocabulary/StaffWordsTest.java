package org.supportdesk.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffWordsTest {

    @Test
    void writesEnglishThenRussianOnOneLine() {
        assertThat(StaffWords.both("Name not given", "Имя не указано")).isEqualTo("Name not given / Имя не указано");
    }

    @Test
    void namesEveryChannelInBothLanguagesNeverByItsCode() {
        for (Channel channel : Channel.values()) {
            if (channel == Channel.VK) {
                continue; // "VK" is the network's own short name in English
            }
            assertThat(StaffWords.channelEnglish(channel)).isNotBlank().isNotEqualTo(channel.name());
            assertThat(StaffWords.channelRussian(channel)).isNotBlank().isNotEqualTo(channel.name());
        }
        assertThat(StaffWords.channelRussian(Channel.PHONE)).isEqualTo("телефон");
        assertThat(StaffWords.channelRussian(Channel.VK)).isEqualTo("ВКонтакте");
    }
}
