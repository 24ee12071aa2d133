package org.supportdesk.channel.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.input.StorableText;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;

/**
 * What the agent entered in the start form "Register phone call", checked as the form checks it
 * (the form's checks run in the browser only, so a start through the REST API is checked here).
 * Urgency and impact are the names of {@link Level}, or blank when the caller could not say.
 */
public record PhoneCall(String login, String project, String email, String callerName, String subject,
                        String description, String urgency, String impact) {


    /** The e-mail check of Camunda Forms (validationType "email"), so form and server agree. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");

    /**
     * One thing to fix: {@code field} is the form field's key, {@code text} names the field as the
     * form labels it and says what is wrong, in English and Russian.
     */
    public record Problem(String field, String text) {
    }

    /** Every problem of the input, in the form's order; empty when the call can be registered. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        required(problems, PhoneCallVariables.LOGIN, login, 100);
        required(problems, PhoneCallVariables.PROJECT, project, 200);
        required(problems, PhoneCallVariables.CALLER_NAME, callerName, 200);
        if (!isBlank(email)) {
            if (!EMAIL_ADDRESS.matcher(email.strip()).matches()) {
                problems.add(problem(PhoneCallVariables.EMAIL, "not an e-mail address / это не адрес эл. почты"));
            } else {
                maxLength(problems, PhoneCallVariables.EMAIL, email, 320);
            }
        }
        required(problems, PhoneCallVariables.SUBJECT, subject, 300);
        required(problems, PhoneCallVariables.DESCRIPTION, description, 20000);
        level(problems, PhoneCallVariables.URGENCY, urgency);
        level(problems, PhoneCallVariables.IMPACT, impact);
        storable(problems, PhoneCallVariables.LOGIN, login);
        storable(problems, PhoneCallVariables.PROJECT, project);
        storable(problems, PhoneCallVariables.EMAIL, email);
        storable(problems, PhoneCallVariables.CALLER_NAME, callerName);
        storable(problems, PhoneCallVariables.SUBJECT, subject);
        storable(problems, PhoneCallVariables.DESCRIPTION, description);
        return problems;
    }

    /** The appeal to register; only for a call without {@link #problems()}. */
    public IntakeCommand intakeCommand(String registeredBy) {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the call has problems: " + problems());
        }
        return new IntakeCommand(new IntakeCommand.Origin(Channel.PHONE, null, registeredBy),
                new IntakeCommand.Contact(login, project, email, callerName), subject, description,
                new IntakeCommand.Assessment(levelOf(urgency), levelOf(impact), null), List.of());
    }

    /**
     * How the form labels a field (the start of its label), so the agent finds the field a message
     * names; fields of the appeal intake map to the form field they come from.
     */
    public static String label(String field) {
        return switch (field == null ? "" : field) {
            case PhoneCallVariables.LOGIN -> "Login / Логин";
            case PhoneCallVariables.PROJECT -> "Project / Проект";
            case PhoneCallVariables.EMAIL, "contactEmail" -> "E-mail for replies / Эл. почта для ответов";
            case PhoneCallVariables.CALLER_NAME, "contactName" -> "Caller's name / Имя звонящего";
            case PhoneCallVariables.SUBJECT -> "Subject / Тема";
            case PhoneCallVariables.DESCRIPTION -> "Description / Описание";
            case PhoneCallVariables.URGENCY -> "Urgency / Срочность";
            case PhoneCallVariables.IMPACT -> "Impact / Масштаб";
            default -> field;
        };
    }

    private static Problem problem(String field, String what) {
        return new Problem(field, label(field) + ": " + what);
    }

    private static void required(List<Problem> problems, String field, String value, int maxLength) {
        if (isBlank(value)) {
            problems.add(problem(field, "required / обязательное поле"));
        } else {
            maxLength(problems, field, value, maxLength);
        }
    }

    private static void maxLength(List<Problem> problems, String field, String value, int maxLength) {
        if (value.strip().length() > maxLength) {
            problems.add(problem(field, "at most " + maxLength + " characters / не более " + maxLength + " символов"));
        }
    }

    /** Text the database cannot hold reaches the form only through the API; refused, not cleaned. */
    private static void storable(List<Problem> problems, String field, String value) {
        if (!StorableText.storable(value)) {
            problems.add(problem(field, StorableText.PROBLEM + " / содержит символ, который нельзя сохранить"));
        }
    }

    private static void level(List<Problem> problems, String field, String value) {
        if (!isBlank(value) && parse(value) == null) {
            problems.add(problem(field, "choose one of the answers / выберите один из ответов"));
        }
    }

    private static Level levelOf(String value) {
        return isBlank(value) ? null : parse(value);
    }

    private static Level parse(String value) {
        try {
            return Level.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
