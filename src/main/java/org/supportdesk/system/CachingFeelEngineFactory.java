package org.supportdesk.system;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <li>output entries that are one literal ({@code "PT1H"}, {@code 0.8}, {@code null}) are remembered by their text;</li>
 * <li>{@code matches(?, "pattern")} on a text input runs the pattern compiled once, as FEEL's
 * {@code matches} does ({@code Pattern.compile(pattern).matcher(input).find()}); the pattern is
 * the string the FEEL engine reads from the literal.</li>
 * <li>{@code -}, the entry that matches any input, is true without asking: the DMN engine hands it
 * to the FEEL engine like any other entry;</li>
 * <li>an input expression that is one variable's name ({@code channel}, {@code managedServices},
 * {@code confidence}) whose value is a text, a boolean, a double or null is that value as FEEL gives
 * it back (a whole double as a long);
 * {@code lower case(text)} and {@code upper case(text)} of a text variable are Java's
 * {@code toLowerCase()} and {@code toUpperCase()}, which FEEL's functions call.</li>
 * </ul>
 * Everything else (other expressions, other functions, inputs of other types) goes to the FEEL engine.
 *
 * <p>Why: FEEL-Scala parses an entry and builds its table of built-in functions on every
 * evaluation. Before this class that was about 40 % of the CPU time of an appeal's intake: the
 * priority, SLA and competency tables, and the request-category table whose 13 rows each
 * {@code matches} the appeal's text (README, Performance). With literals, outputs and patterns
 * spared, the built-in function table for {@code -} entries and input expressions was still
 * 18 % of it. {@code CachingFeelEngineFactoryTest}
 * compares every entry of processes/*.dmn with the FEEL engine's own answer.
 */
final class CachingFeelEngineFactory implements FeelEngineFactory {

    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final String ITEM = "(?:\"(?:[^\"\\\\]|\\\\.)*\"|null|true|false|" + NUMBER
            + "|(?:<=|>=|<|>)\\s*" + NUMBER
            + "|[\\[\\]\\(]\\s*" + NUMBER + "\\s*\\.\\.\\s*" + NUMBER + "\\s*[\\[\\]\\)])";
    private static final String LIST = ITEM + "(?:\\s*,\\s*" + ITEM + ")*";
    private static final Pattern LITERAL_ONLY = Pattern.compile("\\s*(?:" + LIST + "|not\\(\\s*" + LIST + "\\s*\\))\\s*");
    private static final Pattern LITERAL_VALUE = Pattern.compile("\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|true|false|null|" + NUMBER
            + ")\\s*");
    private static final Pattern MATCHES_LITERAL = Pattern.compile(
            "\\s*matches\\(\\s*\\?\\s*,\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*\\)\\s*");
    private static final Pattern ANY_INPUT = Pattern.compile("\\s*-\\s*");
    private static final Pattern VARIABLE_NAME = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");
    /** Names FEEL reads as something other than a variable. */
    private static final Pattern CASE_OF_VARIABLE = Pattern.compile(
            "\\s*(lower|upper) case\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)\\s*");
    private static final Object NULL = new Object();
    /** What {@code asFeelGivesItBack} answers for a value it leaves to the FEEL engine. */
    private static final Object ASK_FEEL = new Object();
    private static final Set<String> KEYWORDS = Set.of("null", "true", "false", "not", "and", "or", "if", "then",
            "else", "for", "some", "every", "in", "return", "satisfies", "between", "instance", "of", "function",
            "external");
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

    record CaseOfVariable(boolean lower, String variable) {
    }

    /** {@code lower case(name)} or {@code upper case(name)} of one variable. */
    static Optional<CaseOfVariable> caseOfVariable(String expression) {
        Matcher call = CASE_OF_VARIABLE.matcher(expression);
        return call.matches() && !KEYWORDS.contains(call.group(2))
                ? Optional.of(new CaseOfVariable(call.group(1).equals("lower"), call.group(2))) : Optional.empty();
    }

    /** The variable an expression names, if it is nothing but a name. */
    static Optional<String> variableName(String expression) {
        Matcher name = VARIABLE_NAME.matcher(expression);
        return name.matches() && !KEYWORDS.contains(name.group(1)) ? Optional.of(name.group(1)) : Optional.empty();
    }

    static boolean literalOnly(String expression) {
        return LITERAL_ONLY.matcher(expression).matches();
    }

    static final class CachingEngine implements FeelEngine {

        private record Key(String expression, Class<?> type, Object value) {
        }

        private final FeelEngine feel;
        private final Map<String, Boolean> literalOnly = new ConcurrentHashMap<>();
        private final Map<String, Boolean> anyInput = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> variableNames = new ConcurrentHashMap<>();
        private final Map<String, Optional<CaseOfVariable>> casesOfVariables = new ConcurrentHashMap<>();
        private final Map<Key, Boolean> outcomes = new ConcurrentHashMap<>();
        private final Map<String, Object> literalValues = new ConcurrentHashMap<>();
        private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

        CachingEngine(FeelEngine feel) {
            this.feel = feel;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
            if (expression.length() > MAX_TEXT_INPUT) {
                return feel.evaluateSimpleExpression(expression, variables);
            }
            // input expressions such as channel or confidence: the variable's value as FEEL gives it back
            Optional<String> name = variableNames.computeIfAbsent(expression, CachingFeelEngineFactory::variableName);
            if (name.isPresent() && variables.containsVariable(name.get())) {
                Object value = asFeelGivesItBack(variables.resolve(name.get()));
                if (value != ASK_FEEL) {
                    return (T) value;
                }
            }
            // lower case(text): FEEL's is Java's toLowerCase() of the text
            Optional<CaseOfVariable> caseOf = casesOfVariables.computeIfAbsent(expression,
                    CachingFeelEngineFactory::caseOfVariable);
            if (caseOf.isPresent() && variables.containsVariable(caseOf.get().variable())) {
                TypedValue value = variables.resolve(caseOf.get().variable());
                if (value != null && value.getValue() instanceof String text) {
                    return (T) (caseOf.get().lower() ? text.toLowerCase() : text.toUpperCase());
                }
            }
            // output entries such as "PT1H", 0.8 or null: the value does not depend on the variables
            if (!literalValue(expression)) {
                return feel.evaluateSimpleExpression(expression, variables);
            }
            Object known = literalValues.get(expression);
            if (known == null) {
                Object value = feel.evaluateSimpleExpression(expression, variables);
                known = value == null ? NULL : value;
                if (literalValues.size() < MAX_ENTRIES) {
                    literalValues.put(expression, known);
                }
            }
            return known == NULL ? null : (T) known;
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
            if (anyInput.computeIfAbsent(expression, e -> ANY_INPUT.matcher(e).matches())) {
                return true;
            }
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

        /**
         * A variable's value as FEEL gives back an expression that only names it, or
         * {@link #ASK_FEEL} for values left to FEEL: null, a text or a boolean as it is; a double as
         * FEEL's number comes back, a whole one as a long (1.0 is 1), the others as they are.
         */
        private static Object asFeelGivesItBack(TypedValue typed) {
            if (typed == null) {
                return ASK_FEEL;
            }
            Object value = typed.getValue();
            if (value == null || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Double number && Double.isFinite(number)) {
                return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) number.longValue() : number;
            }
            return ASK_FEEL;
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
