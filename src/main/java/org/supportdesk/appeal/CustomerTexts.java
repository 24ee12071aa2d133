package org.supportdesk.appeal;

import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * Automatic texts to customers, in their language (messages*.properties). Times are in UTC: a mail or a
 * chat message does not know the reader's zone, and UTC reads the same wherever they are.
 */
@Component
public class CustomerTexts {

    private static final int DETAILED_DESCRIPTION_LENGTH = 60;

    private final MessageSource messages;

    CustomerTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Number, promised first-answer time, and what the provider's page asks customers to give. */
    public String acknowledgement(Appeal appeal, boolean hasAttachments) {
        Language language = appeal.language();
        Locale locale = language.locale();
        StringBuilder text = new StringBuilder(appeal.channel() == Channel.PHONE
                ? text("ack.phone", locale, appeal.number())
                : text("ack.registered", locale, appeal.number(), language.time(appeal.firstResponseDueAt(), ZoneOffset.UTC)));
        text.append(' ').append(text("ack.resolution", locale, language.time(appeal.resolutionDueAt(), ZoneOffset.UTC)));
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
        return text("resolved", appeal.language().locale(), appeal.number());
    }

    public String reminder(Appeal appeal) {
        return text("reminder", appeal.language().locale(), appeal.number());
    }

    public String closedForSilence(Appeal appeal) {
        return text("closed.silence", appeal.language().locale(), appeal.number());
    }

    public String closed(Appeal appeal) {
        return text("closed", appeal.language().locale(), appeal.number());
    }

    public String defaultRejection(Appeal appeal) {
        return text("rejected.default", appeal.language().locale(), appeal.number());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
