package org.supportdesk.system;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Spares the FEEL engine work whose outcome is known, for the decision tables' entries:
 * <ul>
 * <li>input entries of literals only ({@code "MAIL"}, {@code "MEDIUM",null}, {@code false,null},
 * {@code ]10..50]}, {@code >50}) depend on the input value alone: the FEEL engine answers each pair
 * of entry and value once;</li>
 * <li>output entries that are one literal ({@code "PT1H"}, {@code 0.8}) are remembered by their text;</li>
 * <li>{@code matches(?, "pattern")} on a text input runs the pattern compiled once, as FEEL's
 * {@code matches} does ({@code Pattern.compile(pattern).matcher(input).find()}); the pattern is
 * the string the FEEL engine reads from the literal.</li>
 * </ul>
 * Everything else (variables, other functions, inputs that are not text) goes to the FEEL engine.
 *
 * <p>Why: FEEL-Scala parses an entry and builds its table of built-in functions on every
 * evaluation. Before this class that was about 40 % of the CPU time of an appeal's intake: the
 * priority, SLA and competency tables, and the request-category table whose 13 rows each
 * {@code matches} the appeal's text (README, Performance). {@code CachingFeelEngineFactoryTest}
 * compares every entry of processes/*.dmn with the FEEL engine's own answer.
 */
final class CachingFeelEngineFactory implements FeelEngineFactory {

    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final String ITEM = "(?:\"(?:[^\"\\\\]|\\\\.)*\"|null|true|false|" + NUMBER
            + "|(?:<=|>=|<|>)\\s*" + NUMBER
            + "|[\\[\\]\\(]\\s*" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "\\s*[\\[\\]\\)])";
    private static final String LIST = ITEM + "(?:\\s*,\\s*" + ITEM + ")*";
    private static final Pattern LITERAL_ONLY = Pattern.compile("\\s*(?:" + LIST + "|not\\(\\s*" + LIST + "\\s*\\))\\s*");
    private static final Pattern LITERAL_VALUE = Pattern.compile("\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|true|false|" + NUMBER
            + ")\\s*");
    private static final Pattern MATCHES_LITERAL = Pattern.compile(
            "\\s*matches\\(\\s*\\?\\s*,\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*\\)\\s*");
    private static final int MAX_TEXT_INPUT = 200;
    private static final int MAX_ENTRIES = 20_000;

    private final FeelEngineFactory feel;

    CachingFeelEngineFactory(FeelEngineFactory feel) {
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
        private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

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
            TypedValue input = variables.resolve(inputVariable);
            if (input != null && input.getValue() instanceof String text) {
                Optional<Pattern> pattern = patterns.computeIfAbsent(expression, this::literalPattern);
                if (pattern.isPresent()) {
                    // FEEL's matches(input, pattern) is exactly this: Pattern.compile(pattern).matcher(input).find()
                    return pattern.get().matcher(text).find();
                }
            }
            Key key = key(expression, input);
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

        /** The compiled pattern of {@code matches(?, "literal")}, the literal read by the FEEL engine itself. */
        private Optional<Pattern> literalPattern(String expression) {
            Matcher matches = MATCHES_LITERAL.matcher(expression);
            if (!matches.matches()) {
                return Optional.empty();
            }
            try {
                Object pattern = feel.evaluateSimpleExpression(matches.group(1), Variables.createVariables()
                        .asVariableContext());
                return pattern instanceof String regex ? Optional.of(Pattern.compile(regex)) : Optional.empty();
            } catch (RuntimeException invalid) {
                // an invalid pattern stays the FEEL engine's to report
                return Optional.empty();
            }
        }

        int size() {
            return outcomes.size();
        }

        private Key key(String expression, TypedValue input) {
            if (!literalOnly.computeIfAbsent(expression, CachingFeelEngineFactory::literalOnly)) {
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
