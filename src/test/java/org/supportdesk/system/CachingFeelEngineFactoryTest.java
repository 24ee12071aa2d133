package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

class CachingFeelEngineFactoryTest {

    private static final Pattern INPUT_ENTRY = Pattern.compile("<inputEntry[^>]*>\\s*<text>(.*?)</text>", Pattern.DOTALL);
    private static final Pattern OUTPUT_ENTRY = Pattern.compile("<outputEntry[^>]*>\\s*<text>(.*?)</text>", Pattern.DOTALL);
    private static final Pattern INPUT_EXPRESSION = Pattern.compile(
            "<inputExpression[^>]*>\\s*<text>(.*?)</text>", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]*)\"");

    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

    @Test
    void everyInputEntryOfTheModelersTablesGivesTheFeelEnginesAnswerForEveryValue() throws IOException {
        List<String> entries = entries(INPUT_ENTRY);
        List<Object> basics = Arrays.asList(null, true, false, 0, 5, 10, 11, 50, 51, 3500, 4000L, 2.5d, "", "unknown");
        List<String> texts = List.of("Please send the invoice for October", "I forgot my password and cannot log in",
                "The VM does not work since the reboot, error 502",
                "Could you design our infrastructure for high availability?", "Please write a script for backups",
                "Help me debug my Python code", "Не работает балансировщик, ошибка 502",
                "Напишите нам скрипт резервного копирования", "Помогите отладить наш код на Go",
                "Забыл пароль от личного кабинета", "Выставьте счёт за услуги", "How do I configure nginx?",
                "refund\nplease", "Tariff question (billing)", "Отладка скрипта");
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        int compared = 0;
        for (String entry : entries) {
            Set<Object> values = new LinkedHashSet<>(basics);
            if (entry.contains("matches(")) {
                values.addAll(texts);
            }
            Matcher literal = STRING_LITERAL.matcher(entry);
            while (literal.find()) {
                values.add(literal.group(1));
            }
            for (Object value : values) {
                VariableContext input = Variables.createVariables().putValue("cellInput", value).asVariableContext();
                boolean expected = feel.evaluateSimpleUnaryTests(entry, "cellInput", input);
                for (int round = 0; round < 2; round++) {
                    assertThat(cached.evaluateSimpleUnaryTests(entry, "cellInput", input))
                            .as("%s for %s", entry, value).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(cached.size()).as("literal entries were answered from memory in the second round").isPositive();
    }

    @Test
    void literalOutputEntriesGiveTheFeelEnginesValue() throws IOException {
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        VariableContext none = Variables.createVariables().asVariableContext();
        List<String> literals = entries(OUTPUT_ENTRY).stream().filter(CachingFeelEngineFactory::literalValue).toList();
        assertThat(literals).hasSizeGreaterThan(100);
        for (int round = 0; round < 2; round++) {
            for (String entry : literals) {
                Object expected = feel.evaluateSimpleExpression(entry, none);
                assertThat((Object) cached.evaluateSimpleExpression(entry, none)).as(entry).isEqualTo(expected);
            }
        }
        assertThat(CachingFeelEngineFactory.literalValue("hours * rate")).isFalse();
        VariableContext hours = Variables.createVariables().putValue("hours", 3).asVariableContext();
        assertThat((Object) cached.evaluateSimpleExpression("hours + 1", hours)).isEqualTo(4L);
        hours = Variables.createVariables().putValue("hours", 5).asVariableContext();
        assertThat((Object) cached.evaluateSimpleExpression("hours + 1", hours)).isEqualTo(6L);
    }

    @Test
    void onlyEntriesWithoutFunctionsOrVariablesAreRemembered() {
        assertThat(Stream.of("\"MAIL\"", "\"MEDIUM\",null", "false,null", "]10..50]", "[0..10]", ">50", "<= 2.5",
                "3500", "not(\"REJECT\")", "\"a \\\" quote\"")).allMatch(CachingFeelEngineFactory::literalOnly);
        assertThat(Stream.of("matches(?, \"invoice\")", "> limit", "urgency", "date(\"2026-01-01\")",
                "\"a\" or \"b\"", "-")).noneMatch(CachingFeelEngineFactory::literalOnly);

        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        VariableContext text = Variables.createVariables().putValue("cellInput", "please send the invoice")
                .asVariableContext();
        assertThat(cached.evaluateSimpleUnaryTests("matches(?, \"invoice\")", "cellInput", text)).isTrue();
        VariableContext limit = Variables.createVariables().putValue("cellInput", 7).putValue("limit", 5)
                .asVariableContext();
        assertThat(cached.evaluateSimpleUnaryTests("> limit", "cellInput", limit)).isTrue();
        assertThat(cached.size()).isZero();
    }

    @Test
    void theEntryForAnyInputIsTrueForEveryValueAsInTheFeelEngine() {
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        for (Object value : Arrays.asList(null, true, false, 0, 2.5d, "", "MAIL", "a longer text of a customer")) {
            VariableContext input = Variables.createVariables().putValue("cellInput", value).asVariableContext();
            for (String any : List.of("-", " - ")) {
                assertThat(cached.evaluateSimpleUnaryTests(any, "cellInput", input)).as("%s for %s", any, value)
                        .isEqualTo(feel.evaluateSimpleUnaryTests(any, "cellInput", input)).isTrue();
            }
        }
    }

    @Test
    void everyInputExpressionOfTheModelersTablesGivesTheFeelEnginesValue() throws IOException {
        List<String> expressions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                Matcher input = INPUT_EXPRESSION.matcher(Files.readString(file));
                while (input.find()) {
                    expressions.add(input.group(1).trim());
                }
            }
        }
        assertThat(expressions).contains("channel", "managedServices", "urgency", "lower case(text)").hasSizeGreaterThan(8);
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        int spared = 0;
        for (String expression : expressions) {
            Set<String> names = new LinkedHashSet<>();
            Matcher name = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(expression);
            while (name.find()) {
                names.add(name.group());
            }
            for (Object value : Arrays.asList(null, true, false, 0, 7L, 2.5d, 0.85d, 0.8499999999999999d, 1.0d, 0.0d, -3.0d, 1e20d, "", "MAIL", "Ошибка 502 на ВМ")) {
                var variables = Variables.createVariables();
                names.forEach(n -> variables.putValue(n, value));
                VariableContext context = variables.asVariableContext();
                Object expected = feelValueOrFailure(() -> feel.evaluateSimpleExpression(expression, context));
                assertThat(feelValueOrFailure(() -> cached.evaluateSimpleExpression(expression, context)))
                        .as("%s for %s", expression, value).isEqualTo(expected);
                if ((CachingFeelEngineFactory.variableName(expression).isPresent()
                        || CachingFeelEngineFactory.caseOfVariable(expression).isPresent())
                        && (value instanceof String || value instanceof Boolean || value instanceof Double)) {
                    spared++;
                }
            }
        }
        assertThat(spared).as("names of text, boolean and double variables are answered without FEEL").isGreaterThan(40);
    }

    @Test
    void onlyABareNameIsTakenForTheVariable() {
        assertThat(CachingFeelEngineFactory.variableName(" channel ")).contains("channel");
        assertThat(Stream.of("null", "true", "not", "lower case(text)", "order.total", "hours + 1", "\"MAIL\"", "-"))
                .allMatch(e -> CachingFeelEngineFactory.variableName(e).isEmpty());
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        VariableContext count = Variables.createVariables().putValue("count", 3).asVariableContext();
        // a number goes through FEEL, which gives it back in its own type
        assertThat((Object) cached.evaluateSimpleExpression("count", count))
                .isEqualTo(feel.evaluateSimpleExpression("count", count));
    }

    @Test
    void theCaseOfATextVariableIsFeelsOwn() {
        assertThat(CachingFeelEngineFactory.caseOfVariable("lower case(text)"))
                .contains(new CachingFeelEngineFactory.CaseOfVariable(true, "text"));
        assertThat(CachingFeelEngineFactory.caseOfVariable(" upper case( subject ) "))
                .contains(new CachingFeelEngineFactory.CaseOfVariable(false, "subject"));
        assertThat(Stream.of("lower case(\"ABC\")", "lower case(a.b)", "lower case(text) + \"x\"", "lowercase(text)"))
                .allMatch(e -> CachingFeelEngineFactory.caseOfVariable(e).isEmpty());
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        for (Object value : Arrays.asList("Ошибка 502 на ВМ", "İstanbul ǅ straße", "MiXeD", "", null, 42)) {
            VariableContext context = Variables.createVariables().putValue("text", value).asVariableContext();
            for (String expression : List.of("lower case(text)", "upper case(text)")) {
                assertThat(feelValueOrFailure(() -> cached.evaluateSimpleExpression(expression, context)))
                        .as("%s of %s", expression, value)
                        .isEqualTo(feelValueOrFailure(() -> feel.evaluateSimpleExpression(expression, context)));
            }
        }
    }

    @Test
    void aNullOutputIsRememberedAsNull() {
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        VariableContext none = Variables.createVariables().asVariableContext();
        assertThat(CachingFeelEngineFactory.literalValue("null")).isTrue();
        for (int round = 0; round < 2; round++) {
            assertThat((Object) cached.evaluateSimpleExpression("null", none)).isNull();
        }
    }

    @Test
    void theSparedEvaluationsDoNotReachTheFeelEngine() {
        int[] calls = new int[1];
        FeelEngine counting = new FeelEngine() {
            @Override
            public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
                calls[0]++;
                return feel.evaluateSimpleExpression(expression, variables);
            }

            @Override
            public boolean evaluateSimpleUnaryTests(String expression, String input, VariableContext variables) {
                calls[0]++;
                return feel.evaluateSimpleUnaryTests(expression, input, variables);
            }
        };
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(counting);
        VariableContext appeal = Variables.createVariables().putValue("channel", "MAIL")
                .putValue("managedServices", false).putValue("text", "VM Down").putValue("cellInput", "MAIL")
                .asVariableContext();
        cached.evaluateSimpleExpression("null", appeal);
        cached.evaluateSimpleExpression("\"PT1H\"", appeal);
        int warmUp = calls[0];
        for (int round = 0; round < 3; round++) {
            assertThat((Object) cached.evaluateSimpleExpression("channel", appeal)).isEqualTo("MAIL");
            assertThat((Object) cached.evaluateSimpleExpression("managedServices", appeal)).isEqualTo(false);
            assertThat((Object) cached.evaluateSimpleExpression("lower case(text)", appeal)).isEqualTo("vm down");
            assertThat((Object) cached.evaluateSimpleExpression("null", appeal)).isNull();
            assertThat((Object) cached.evaluateSimpleExpression("\"PT1H\"", appeal)).isEqualTo("PT1H");
            assertThat(cached.evaluateSimpleUnaryTests("-", "cellInput", appeal)).isTrue();
        }
        assertThat(calls[0]).isEqualTo(warmUp);
    }

    private static Object feelValueOrFailure(java.util.function.Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException failure) {
            return failure.getClass();
        }
    }

    @Test
    void anInvalidPatternIsLeftToTheFeelEngine() {
        CachingFeelEngineFactory.CachingEngine cached = new CachingFeelEngineFactory.CachingEngine(feel);
        VariableContext text = Variables.createVariables().putValue("cellInput", "abc").asVariableContext();
        assertThat(cached.evaluateSimpleUnaryTests("matches(?, \"(\")", "cellInput", text))
                .isEqualTo(feel.evaluateSimpleUnaryTests("matches(?, \"(\")", "cellInput", text));
    }

    private static List<String> entries(Pattern kind) throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                Matcher entry = kind.matcher(Files.readString(file));
                while (entry.find()) {
                    String text = entry.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                            .replace("&amp;", "&").trim();
                    if (!text.isEmpty() && !text.equals("-")) {
                        entries.add(text);
                    }
                }
            }
        }
        assertThat(entries).hasSizeGreaterThan(100);
        return entries;
    }
}
