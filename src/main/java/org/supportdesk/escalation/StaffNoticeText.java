package org.supportdesk.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;
import org.supportdesk.vocabulary.StaffWords;

/**
 * A staff notice's words, written when it is read: in the reader's language, times in the reader's time
 * zone with the zone named, codes (kind, level, priority, channel) as words. A notice is stored as its
 * parts ({@link Facts}); one stored before that keeps its bilingual body, which is shown as it is.
 */
public final class StaffNoticeText {

    /** The kind of a sales notice (managedservices.SalesNotices writes it): a quote runs out unanswered. */
    public static final String QUOTE_EXPIRING = StaffNoticeKind.QUOTE_EXPIRING.name();


    private StaffNoticeText() {
    }

    /**
     * What a notice says.
     *
     * @param kind    an {@link EscalationKind} name or {@link #QUOTE_EXPIRING}
     * @param appeal  the appeal's number, if the notice is about one
     * @param subject the number of what else it is about (a cost request)
     * @param at      the moment it names (a deadline, a breach)
     * @param date    the day it names (the last day of a quote)
     * @param body    the text of a notice stored before its parts were: shown as it is
     */
    public record Facts(String kind, String appeal, String subject, Instant at, LocalDate date, Channel channel,
                        Priority priority, String company, String body) {

        static Facts of(EscalationKind kind, String appeal, Instant at) {
            return new Facts(kind.name(), appeal, null, at, null, null, null, null, null);
        }
    }

    public static String render(Facts facts, Language language, ZoneId zone) {
        if (facts.body() != null) {
            return facts.body();
        }
        boolean ru = language == Language.RU;
        String number = facts.appeal();
        String at = facts.at() == null ? "" : language.time(facts.at(), zone);
        if (QUOTE_EXPIRING.equals(facts.kind())) {
            String until = facts.date() == null ? "" : date(facts.date(), language);
            return ru ? "Предложение " + facts.subject() + " для " + facts.company() + " действует до " + until
                    + "; клиент ещё не ответил."
                    : "The quote " + facts.subject() + " for " + facts.company() + " expires on " + until
                    + "; the customer has not answered yet.";
        }
        EscalationKind kind = escalationKind(facts.kind());
        if (kind == null) {
            return facts.kind() + " " + (number == null ? "" : number);
        }
        return switch (kind) {
            case FIRST_RESPONSE_WARNING -> ru ? "Первый ответ по " + number + " нужен до " + at
                    : "First answer due " + at + " for " + number;
            case RESOLUTION_WARNING -> ru ? "Решение по " + number + " нужно до " + at
                    : "Resolution due " + at + " for " + number;
            case FIRST_RESPONSE_BREACH -> level(kind, ru) + (ru ? "нет первого ответа по " + number + " с " + at
                    : "no first answer on " + number + " since " + at);
            case RESOLUTION_BREACH -> level(kind, ru) + (ru ? number + " не решено к " + at + "; передано второй линии"
                    : number + " not resolved by " + at + "; moved to the second line");
            case RESOLUTION_OVERDUE -> level(kind, ru) + (ru ? number + " просрочено с " + at
                    : number + " overdue since " + at);
            case CRITICAL_PAGE -> criticalPage(facts, ru, at);
        };
    }

    private static String criticalPage(Facts facts, boolean ru, String due) {
        String channel = facts.channel() == null ? null
                : ru ? StaffWords.channelRussian(facts.channel()) : StaffWords.channelEnglish(facts.channel());
        // only critical appeals page; another priority, should one ever page, is named
        boolean critical = facts.priority() == null || facts.priority() == Priority.CRITICAL;
        String appeal;
        if (ru) {
            appeal = (critical ? "Критическое обращение " + facts.appeal()
                    : "Обращение " + facts.appeal() + ", приоритет " + priority(facts.priority(), true) + ",")
                    + (channel == null ? "" : " (" + channel + ")");
            return appeal + ": первый ответ до " + due;
        }
        appeal = (critical ? "Critical appeal " + facts.appeal()
                : "Appeal " + facts.appeal() + ", priority " + priority(facts.priority(), false) + ",")
                + (channel == null ? "" : " via " + channel);
        return appeal + ": first answer due " + due;
    }

    private static String level(EscalationKind kind, boolean ru) {
        return (ru ? "Уровень " : "Level ") + kind.level() + ": ";
    }

    static String priority(Priority priority, boolean ru) {
        return switch (priority) {
            case CRITICAL -> ru ? "критический" : "critical";
            case HIGH -> ru ? "высокий" : "high";
            case MIDDLE -> ru ? "средний" : "middle";
            case LOW -> ru ? "низкий" : "low";
        };
    }

    private static EscalationKind escalationKind(String kind) {
        for (EscalationKind known : EscalationKind.values()) {
            if (known.name().equals(kind)) {
                return known;
            }
        }
        return null;
    }

    private static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", language.locale()).format(date);
    }

}
