package org.supportdesk.appeal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/** Automatic texts to customers, in their language (messages*.properties). */
@Component
public class CustomerTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int DETAILED_DESCRIPTION_LENGTH = 60;

    private final MessageSource messages;

    CustomerTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Number, promised first-answer time, and what the provider's page asks customers to give. */
    public String acknowledgement(Appeal appeal, boolean hasAttachments) {
        Locale locale = locale(appeal.language());
        StringBuilder text = new StringBuilder(appeal.channel() == Channel.PHONE
                ? text("ack.phone", locale, appeal.number())
                : text("ack.registered", locale, appeal.number(), TIME.format(appeal.firstResponseDueAt())));
        text.append(' ').append(text("ack.resolution", locale, TIME.format(appeal.resolutionDueAt())));
        StringBuilder missing = new StringBuilder();
        if (appeal.login() == null) {
            missing.append("\n- ").append(text("ack.missing.login", locale));
        }
        if (appeal.project() == null) {
            missing.append("\n- ").append(text("ack.missing.project", locale));
        }
        if (appeal.description().length() < DETAILED_DESCRIPTION_LENGTH) {
            missing.append("\n- ").append(text("ack.missing.details", locale));
        }
        if (!hasAttachments) {
            missing.append("\n- ").append(text("ack.missing.diagnostics", locale));
        }
        if (!missing.isEmpty()) {
            text.append("\n\n").append(text("ack.missing", locale)).append(missing);
        }
        return text.toString();
    }

    public String resolved(Appeal appeal) {
        return text("resolved", locale(appeal.language()), appeal.number());
    }

    public String reminder(Appeal appeal) {
        return text("reminder", locale(appeal.language()), appeal.number());
    }

    public String closedForSilence(Appeal appeal) {
        return text("closed.silence", locale(appeal.language()), appeal.number());
    }

    public String closed(Appeal appeal) {
        return text("closed", locale(appeal.language()), appeal.number());
    }

    public String defaultRejection(Appeal appeal) {
        return text("rejected.default", locale(appeal.language()), appeal.number());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Locale locale(Language language) {
        return language == Language.RU ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
