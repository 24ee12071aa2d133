package org.supportdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Language;

class OutboundMessageTest {

    @Test
    void chatTextStartsWithTheAppealNumber() {
        assertThat(message("SD-100001", "Hello").textWithNumber()).isEqualTo("[SD-100001]\nHello");
        assertThat(message(null, "Hello").textWithNumber()).isEqualTo("Hello");
    }

    @Test
    void longTextsAreCutAtLineEndsIntoPartsThePlatformTakes() {
        String line = "x".repeat(60) + "\n";
        List<String> parts = message("SD-1", line.repeat(10)).textInParts(200);

        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(200));
        assertThat(String.join("\n", parts).replace("\n", "")).isEqualTo("[SD-1]" + "x".repeat(600));
        assertThat(parts.get(1)).startsWith("x");
    }

    @Test
    void aTextWithoutLineEndsIsCutAtTheLimit() {
        List<String> parts = message(null, "y".repeat(450)).textInParts(200);

        assertThat(parts).extracting(String::length).containsExactly(200, 200, 50);
    }

    private static OutboundMessage message(String number, String body) {
        return new OutboundMessage(1, "key", number, "42", DraftKind.REPLY, null, body, Language.EN, List.of(),
                List.of(), null, List.of());
    }
}
