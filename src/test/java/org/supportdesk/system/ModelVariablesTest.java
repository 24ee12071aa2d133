package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.camunda.bpm.model.xml.type.attribute.Attribute;
import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.channel.phone.PhoneCallVariables;
import org.supportdesk.notification.process.NotificationVariables;

/**
 * Each model's names live once, in its variables class: every variable an expression, a mapping or
 * a form of the model uses, and its process id, messages and signals, is a constant of the class;
 * every constant is used by the model or its forms (or is the id of one of its elements). Beans
 * are left to {@link ProcessModelChecks}.
 */
class ModelVariablesTest {

    /** Words of the expression language; the engine's own names are in ProcessModelChecks. */
    private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "empty", "true", "false", "null", "div", "mod", "instanceof");
    /** Attributes whose value is a variable name, not an expression. */
    private static final Set<String> NAME_ATTRIBUTES = Set.of("initiator", "elementVariable", "resultVariable",
            "variableName", "target", "source", "collection");
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern VARIABLE_CALL = Pattern.compile(
            "\\b(?:get|set|has|remove)Variable(?:Local)?\\s*\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*+)(?!\\s*[.(])");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)\\s*}}");

    /**
     * Process variables that code writes and code reads (the contract's, for Cockpit and reports), which
     * no model or form uses. Listed so that they stay in their model's class all the same.
     */
    private static final Set<String> WRITTEN_AND_READ_BY_CODE = Set.of(
            "AppealVariables.CHANNEL", "AppealVariables.ESCALATION_LEVEL", "AppealVariables.IN_SCOPE",
            "AppealVariables.MANAGED_SERVICES_CUSTOMER", "PhoneCallVariables.APPEAL_NUMBER");

    /** The models and the class that holds their names; the four onboarding models share theirs. */
    private static final Map<String, Class<?>> VARIABLES = new LinkedHashMap<>();

    static {
        VARIABLES.put("appeal.bpmn", AppealVariables.class);
        VARIABLES.put("register-phone-call.bpmn", PhoneCallVariables.class);
        VARIABLES.put("service-notification.bpmn", NotificationVariables.class);
        VARIABLES.put("managed-services-request.bpmn",
                className("org.supportdesk.managedservices.process.CostRequestVariables"));
        for (String onboarding : List.of("audit", "dr", "migration", "operations")) {
            VARIABLES.put("ms-onboarding-" + onboarding + ".bpmn",
                    className("org.supportdesk.managedservices.process.OnboardingVariables"));
        }
    }

    @Test
    void everyProcessModelHasItsVariablesClass() throws Exception {
        try (Stream<Path> files = Files.list(ProcessModelChecks.PROCESSES)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn")))
                    .containsExactlyInAnyOrderElementsOf(VARIABLES.keySet());
        }
    }

    @Test
    void everyNameOfEveryModelIsAConstantAndEveryConstantIsUsed() throws Exception {
        Map<String, JsonNode> forms = ProcessModelChecks.forms();
        Map<Class<?>, List<UsedNames>> byClass = new LinkedHashMap<>();
        for (var entry : VARIABLES.entrySet()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(ProcessModelChecks.PROCESSES.resolve(entry.getKey())
                    .toFile());
            byClass.computeIfAbsent(entry.getValue(), c -> new ArrayList<>())
                    .add(UsedNames.of(entry.getKey(), model, forms));
        }
        List<String> problems = new ArrayList<>();
        byClass.forEach((variables, models) -> problems.addAll(check(variables, models)));
        assertThat(problems).isEmpty();
    }

    @Test
    void aSeededModelWithAStrayNameAndAnUnusedConstantFails() {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <message id="Message_Known" name="known-message"/>
                  <process id="seeded" isExecutable="true">
                    <startEvent id="Start" camunda:initiator="starter" camunda:formRef="seeded-form"/>
                    <sequenceFlow id="Flow" sourceRef="Start" targetRef="Gateway"/>
                    <exclusiveGateway id="Gateway"/>
                    <sequenceFlow id="Flow_Yes" sourceRef="Gateway" targetRef="End">
                      <conditionExpression>${known == 'YES' and execution.getVariable('stray') != null}</conditionExpression>
                    </sequenceFlow>
                    <endEvent id="End"/>
                  </process>
                </definitions>
                """;
        BpmnModelInstance model = Bpmn.readModelFromStream(
                new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
        JsonNode form = json("""
                {"id": "seeded-form", "components": [{"type": "text", "text": "{{templated}}"},
                  {"type": "group", "components": [{"type": "textfield", "key": "typedIn"}]}]}
                """);

        List<String> problems = check(SeededVariables.class,
                List.of(UsedNames.of("seeded.bpmn", model, Map.of("seeded-form", form))));

        assertThat(problems).containsExactlyInAnyOrder(
                "seeded.bpmn: sequenceFlow Flow_Yes uses stray, which SeededVariables lacks",
                "seeded.bpmn: startEvent Start uses starter, which SeededVariables lacks",
                "seeded.bpmn: form seeded-form uses typedIn, which SeededVariables lacks",
                "seeded.bpmn: form seeded-form uses templated, which SeededVariables lacks",
                "SeededVariables.UNUSED = \"unused\" is used by no model or form of seeded.bpmn");
    }

    /** A variables class that names some of the seeded model's names and one the model never uses. */
    static final class SeededVariables {
        static final String PROCESS_KEY = "seeded";
        static final String KNOWN = "known";
        static final String KNOWN_MESSAGE = "known-message";
        static final String END_EVENT = "End";
        static final String UNUSED = "unused";
    }

    static List<String> check(Class<?> variables, List<UsedNames> models) {
        Map<String, String> constants = constants(variables);
        List<String> problems = new ArrayList<>();
        Set<String> usedAnywhere = new TreeSet<>();
        for (UsedNames model : models) {
            model.names.forEach((name, where) -> {
                if (!constants.containsValue(name)) {
                    problems.add(model.file + ": " + where + " uses " + name + ", which "
                            + variables.getSimpleName() + " lacks");
                }
            });
            usedAnywhere.addAll(model.names.keySet());
            usedAnywhere.addAll(model.idsAndValues);
        }
        constants.forEach((constant, value) -> {
            String qualified = variables.getSimpleName() + "." + constant;
            if (WRITTEN_AND_READ_BY_CODE.contains(qualified) && usedAnywhere.contains(value)) {
                problems.add(qualified + " is listed as used by code only, but a model uses " + value);
            } else if (!usedAnywhere.contains(value) && !WRITTEN_AND_READ_BY_CODE.contains(qualified)) {
                problems.add(variables.getSimpleName() + "." + constant + " = \"" + value
                        + "\" is used by no model or form of "
                        + String.join(", ", models.stream().map(UsedNames::file).toList()));
            }
        });
        return problems;
    }

    /**
     * The names one model and its forms use, each with the first element (or form) that uses it; and
     * the ids of its elements and the values its expressions compare with, which constants may name.
     */
    record UsedNames(String file, Map<String, String> names, Set<String> idsAndValues) {

        static UsedNames of(String file, BpmnModelInstance model, Map<String, JsonNode> forms) {
            Map<String, String> names = new TreeMap<>();
            Set<String> ids = new TreeSet<>();
            Set<String> formRefs = new TreeSet<>();
            for (Process process : model.getModelElementsByType(Process.class)) {
                names.putIfAbsent(process.getId(), "process " + process.getId());
            }
            for (Message message : model.getModelElementsByType(Message.class)) {
                names.putIfAbsent(message.getName(), "message " + message.getId());
            }
            for (Signal signal : model.getModelElementsByType(Signal.class)) {
                // a signal per instance: the part before the expression is the shared name
                String name = signal.getName().replaceAll("\\$\\{.*", "");
                names.putIfAbsent(name, "signal " + signal.getId());
            }
            // the model API creates element instances on demand: ask for each type once so the walk finds them
            model.getModel().getTypes().forEach(model::getModelElementsByType);
            walk(model.getDocument().getRootElement(), null, names, ids, formRefs);
            for (String formRef : formRefs) {
                JsonNode form = forms.get(formRef);
                if (form != null) {
                    formNames(form, "form " + formRef, names, ids);
                }
            }
            return new UsedNames(file, names, ids);
        }

        private static void walk(DomElement dom, String where, Map<String, String> names, Set<String> ids,
                Set<String> formRefs) {
            ModelElementInstance element = dom.getModelElementInstance();
            if (element instanceof Documentation) {
                return;
            }
            if (element instanceof BaseElement base && base.getId() != null) {
                ids.add(base.getId());
                where = dom.getLocalName() + " " + base.getId();
            }
            String here = where == null ? dom.getLocalName() : where;
            boolean camunda = CAMUNDA.equals(dom.getNamespaceURI());
            if (element != null) {
                for (ModelElementType type = element.getElementType(); type != null; type = type.getBaseType()) {
                    for (Attribute<?> attribute : type.getAttributes()) {
                        Object value = attribute.getValue(element);
                        String local = attribute.getAttributeName();
                        if (!(value instanceof String text) || attribute.isIdAttribute()
                                || "delegateExpression".equals(local)) {
                            continue; // ids are collected below; beans are ProcessModelChecks' part
                        }
                        if ("formRef".equals(local)) {
                            formRefs.add(text);
                        } else if (NAME_ATTRIBUTES.contains(local) && text.matches("[A-Za-z_]\\w*")
                                && (attribute.getNamespaceUri() != null || camunda)) {
                            names.putIfAbsent(text, here);
                        } else if ("name".equals(local) && camunda
                                && dom.getLocalName().matches("inputParameter|outputParameter")) {
                            names.putIfAbsent(text, here);
                        }
                        expressionNames(text).forEach(name -> names.putIfAbsent(name, here));
                        ids.addAll(quotedValues(text));
                    }
                }
            }
            List<DomElement> children = dom.getChildElements();
            if (children.isEmpty()) {
                expressionNames(dom.getTextContent()).forEach(name -> names.putIfAbsent(name, here));
                ids.addAll(quotedValues(dom.getTextContent()));
            }
            for (DomElement child : children) {
                walk(child, where, names, ids, formRefs);
            }
        }
    }

    /** Variables an expression reads or writes; names before a dot or a bracket are beans and functions. */
    static Set<String> expressionNames(String text) {
        Set<String> found = new TreeSet<>();
        Matcher expression = ProcessModelChecks.EXPRESSION.matcher(text == null ? "" : text);
        while (expression.find()) {
            Matcher call = VARIABLE_CALL.matcher(expression.group(1));
            while (call.find()) {
                found.add(call.group(1));
            }
            Matcher name = NAME.matcher(ProcessModelChecks.QUOTED.matcher(expression.group(1)).replaceAll("''"));
            while (name.find()) {
                if (!EL_WORDS.contains(name.group(1)) && !ProcessModelChecks.ENGINE_NAMES.contains(name.group(1))) {
                    found.add(name.group(1));
                }
            }
        }
        return found;
    }

    /** Values an expression compares with, such as {@code 'APPROVED'}: a constant may name one of them. */
    static Set<String> quotedValues(String text) {
        Set<String> found = new TreeSet<>();
        Matcher expression = ProcessModelChecks.EXPRESSION.matcher(text == null ? "" : text);
        while (expression.find()) {
            Matcher quoted = ProcessModelChecks.QUOTED.matcher(expression.group(1));
            while (quoted.find()) {
                found.add(quoted.group().substring(1, quoted.group().length() - 1));
            }
        }
        return found;
    }

    private static void formNames(JsonNode component, String where, Map<String, String> names,
            Set<String> values) {
        for (String field : List.of("key", "valuesKey")) {
            if (component.hasNonNull(field)) {
                names.putIfAbsent(component.get(field).asText(), where);
            }
        }
        if (component.hasNonNull("text")) {
            Matcher template = TEMPLATE.matcher(component.get("text").asText());
            while (template.find()) {
                names.putIfAbsent(template.group(1), where);
            }
        }
        component.path("values").forEach(option -> values.add(option.path("value").asText()));
        component.path("components").forEach(child -> formNames(child, where, names, values));
    }

    private static Map<String, String> constants(Class<?> variables) {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : variables.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Class<?> className(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
