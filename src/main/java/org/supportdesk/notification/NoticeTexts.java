package org.supportdesk.notification;

import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Language;

/** The words of notices to project owners, in Russian or English. */
final class NoticeTexts {

    private NoticeTexts() {
    }

    static String subject(ServiceNotification n, Language language, DraftKind kind) {
        boolean ru = language == Language.RU;
        String prefix = switch (kind) {
            case NOTIFICATION_REMINDER -> ru ? "Напоминание: " : "Reminder: ";
            case NOTIFICATION_UPDATE -> ru ? "Обновление: " : "Update: ";
            case NOTIFICATION_FINAL -> ru ? "Решено: " : "Resolved: ";
            default -> "";
        };
        return prefix + typeName(n.type(), language) + " — " + n.title();
    }

    static String notice(ServiceNotification n, Language language, String ackLink) {
        boolean ru = language == Language.RU;
        StringBuilder text = new StringBuilder();
        text.append(typeName(n.type(), language)).append(": ").append(n.title()).append("\n\n");
        // only what the duty engineer gave: an owner should not read "region: -"
        if (n.service() != null) {
            text.append(ru ? "Сервис: " : "Service: ").append(n.service())
                    .append(n.region() == null ? "" : (ru ? ", регион: " : ", region: ") + n.region()).append("\n\n");
        } else if (n.region() != null) {
            text.append(ru ? "Регион: " : "Region: ").append(n.region()).append("\n\n");
        }
        text.append(n.details()).append("\n");
        if (n.recommendations() != null && !n.recommendations().isBlank()) {
            text.append("\n").append(ru ? "Рекомендации:\n" : "What we recommend:\n").append(n.recommendations())
                    .append("\n");
        }
        if (ackLink != null) {
            text.append("\n").append(ru ? "Пожалуйста, подтвердите, что вы получили это уведомление: "
                    : "Please confirm that you have received this notice: ").append(ackLink).append("\n");
        }
        return text.toString();
    }

    static String reminder(ServiceNotification n, Language language, String ackLink) {
        boolean ru = language == Language.RU;
        return (ru ? "Мы не получили подтверждения по уведомлению " + n.number() + ". Это важно для безопасности ваших данных.\n\n"
                : "We have not received your confirmation of notice " + n.number() + ". It matters for the safety of your data.\n\n")
                + notice(n, language, ackLink);
    }

    static String update(ServiceNotification n, Language language, String body, boolean resolved) {
        boolean ru = language == Language.RU;
        String head = resolved
                ? (ru ? "Событие " + n.number() + " устранено." : "The event " + n.number() + " is resolved.")
                : (ru ? "Обновление по уведомлению " + n.number() + "." : "An update on notice " + n.number() + ".");
        return head + "\n\n" + body + "\n";
    }

    private static String typeName(NotificationType type, Language language) {
        boolean ru = language == Language.RU;
        return switch (type) {
            case FAILURE -> ru ? "Сбой" : "Service failure";
            case SECURITY_THREAT -> ru ? "Угроза безопасности" : "Security threat";
            case DATA_LOSS_RISK -> ru ? "Риск потери данных" : "Risk of data loss";
            case ACCESS_INTERRUPTION -> ru ? "Прерывание доступа" : "Access interruption";
        };
    }
}
