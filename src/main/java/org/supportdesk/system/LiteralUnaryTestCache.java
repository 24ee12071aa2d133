package org.supportdesk.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Remembers the outcome of decision-table input entries that consist of literals only
 * ({@code "MAIL"}, {@code "MEDIUM",null}, {@code false,null}, {@code ]10..50]}, {@code >50}): their
 * outcome depends on the input value alone, so the FEEL engine answers each pair of entry and value
 * once. Every other entry ({@code matches(?, ...)}, references to variables) is evaluated each time. Output entries that are a single literal ({@code "PT1H"}, {@code 0.8})
 * are remembered by their text.
 *
 * <p>Why: the FEEL engine parses an entry and builds its table of built-in functions on every
 * evaluation; with the priority, SLA and competency tables that was about 40 % of the CPU time of
 * an appeal's intake (profile in README, Performance). The answers still come from the FEEL engine
 * itself, so a modeler's table means exactly what it meant.
 */
final class LiteralUnaryTestCache implements FeelEngineFactory {

    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final String ITEM = "(?:\"(?:[^\"\\\\]|\\\\.)*\"|null|true|false|" + NUMBER
            + "|(?:<=|>=|<|>)\\s*" + NUMBER
            + "|[\\[\\]\\(]\\s*" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "\\s*[\\[\\]\\)])";
    private static final String LIST = ITEM + "(?:\\s*,\\s*" + ITEM + ")*";
    private static final Pattern LITERAL_ONLY = Pattern.compile("\\s*(?:" + LIST + "|not\\(\\s*" + LIST + "\\s*\\))\\s*");
    private static final Pattern LITERAL_VALUE = Pattern.compile("\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|true|false|" + NUMBER
            + ")\\s*");
    private static final int MAX_TEXT_INPUT = 200;
    private static final int MAX_ENTRIES = 20_000;

    private final FeelEngineFactory feel;

    LiteralUnaryTestCache(FeelEngineFactory feel) {
        this.feel = feel;
    }

    @Override
    public FeelEngine createInstance() {
        return new CachingEngine(feel.createInstance());
    }

    static boolean literalValue(String expression) {
        return LITERAL_VALUE.matcher(expression).matches();
    }

    static boolean literalOnly(String expression) {
        return LITERAL_ONLY.matcher(expression).matches();
    }

    static final class CachingEngine implements FeelEngine {

        private record Key(String expression, Class<?> type, Object value) {
        }

        private final FeelEngine feel;
        private final Map<String, Boolean> literalOnly = new ConcurrentHashMap<>();
        private final Map<Key, Boolean> outcomes = new ConcurrentHashMap<>();
        private final Map<String, Object> literalValues = new ConcurrentHashMap<>();

        CachingEngine(FeelEngine feel) {
            this.feel = feel;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            // output entries such as "PT1H" or 0.8: the value does not depend on the variables
            if (expression.length() > MAX_TEXT_INPUT || !literalValue(expression)) {
                return feel.evaluateSimpleExpression(expression, variables);
            }
            Object known = literalValues.get(expression);
            if (known == null) {
                known = feel.evaluateSimpleExpression(expression, variables);
                if (known != null && literalValues.size() < MAX_ENTRIES) {
                    literalValues.put(expression, known);
                }
            }
            return (T) known;
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            Key key = key(expression, variables.resolve(inputVariable));
            if (key == null) {
                return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
            }
            Boolean known = outcomes.get(key);
            if (known != null) {
                return known;
            }
            boolean outcome = feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
            if (outcomes.size() >= MAX_ENTRIES) {
                outcomes.clear();
            }
            outcomes.put(key, outcome);
            return outcome;
        }

        int size() {
            return outcomes.size();
        }

        private Key key(String expression, TypedValue input) {
            if (!literalOnly.computeIfAbsent(expression, LiteralUnaryTestCache::literalOnly)) {
                return null;
            }
            Object value = input == null ? null : input.getValue();
            if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                    || value instanceof Double
                    || value instanceof String text && text.length() <= MAX_TEXT_INPUT) {
                return new Key(expression, value == null ? null : value.getClass(), value);
            }
            return null;
        }
    }
}
