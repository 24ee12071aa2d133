package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.vocabulary.Channel;

class InboundMessageTest {

    @Test
    void aPlatformsMessageIsCleanedNotRefused() {
        InboundMessage message = new InboundMessage(Channel.MAIL, "<id\u0000@mail>", "anna@example.com\u0000",
                "Anna\u0000 " + "n".repeat(300), "Sub\u0000ject \uD800", " VM\u0000 down \uDC00 ",
                List.of(new IntakeCommand.Upload("log\u0000.txt", new byte[] {'x'})), List.of("<ref\u0000@mail>"),
                "SD-1\u0000", false, List.of());

        assertThat(message.text()).isEqualTo("VM down \uFFFD");
        assertThat(message.deliveryId()).isEqualTo("<id@mail>");
        assertThat(message.senderAddress()).isEqualTo("anna@example.com");
        assertThat(message.senderName()).startsWith("Anna n").hasSize(InboundMessage.MAX_NAME);
        assertThat(message.subject()).isEqualTo("Subject \uFFFD");
        assertThat(message.attachments()).singleElement().extracting(IntakeCommand.Upload::fileName).isEqualTo("log.txt");
        assertThat(message.threadReferences()).containsExactly("<ref@mail>");
        assertThat(message.subjectNumber()).isEqualTo("SD-1");
    }
}
