package org.supportdesk.appeal.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the appeal's process variables. */
final class ProcessSupport {

    private ProcessSupport() {
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** Form text that may be absent or blank. */
    static String text(VariableScope scope, String name) {
        String value = string(scope, name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E enumValue(VariableScope scope, String name, Class<E> type) {
        String value = text(scope, name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    static Date date(java.time.Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
