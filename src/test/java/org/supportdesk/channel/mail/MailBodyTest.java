package org.supportdesk.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void anUnreadableAttachmentIsNamedAfterTheTextInItsLanguage() {
        MailBody.Content content = new MailBody.Content(new StringBuilder(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(List.of("scan.pdf")));

        assertThat(content.withUnreadableNoted("Не открывается консоль"))
                .isEqualTo("Не открывается консоль\n\n[Файл не сохранён: scan.pdf (его не удалось прочитать)]");
        assertThat(content.withUnreadableNoted("The console does not open"))
                .isEqualTo("The console does not open\n\n[File not kept: scan.pdf (it could not be read)]");
        assertThat(content.withUnreadableNoted("")).isEqualTo("[File not kept: scan.pdf (it could not be read)]");
    }

    @Test
    void withNothingUnreadableTheTextStaysAsItIs() {
        MailBody.Content content = new MailBody.Content(new StringBuilder(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());

        assertThat(content.withUnreadableNoted("Hello")).isEqualTo("Hello");
    }
}
