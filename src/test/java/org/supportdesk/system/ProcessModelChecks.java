package org.supportdesk.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Bean;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Our own checks of the modelers' folder, beyond what bpmnlint knows: every BPMN and DMN element
 * has its diagram interchange, every form reference names a form in {@code processes/forms}, every
 * called process and decision exists, and every bean an expression names is a Spring bean of the
 * application. Each problem is one line naming the file and the element.
 */
final class ProcessModelChecks {

    static final Path PROCESSES = Path.of("processes");

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** BPMN elements that are drawn: everything in a process but the flow's bookkeeping. */
    private static final Set<String> NOT_DRAWN = Set.of("incoming", "outgoing", "documentation", "extensionElements",
            "conditionExpression", "timerEventDefinition", "messageEventDefinition", "errorEventDefinition",
            "signalEventDefinition", "escalationEventDefinition", "terminateEventDefinition",
            "conditionalEventDefinition", "compensateEventDefinition", "linkEventDefinition", "timeDate",
            "timeDuration", "timeCycle", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
            "loopCardinality", "completionCondition", "laneSet", "flowNodeRef", "condition", "script", "text",
            "ioSpecification", "dataInput", "dataOutput", "inputSet", "outputSet", "dataInputAssociation",
            "dataOutputAssociation", "property", "dataObject", "potentialOwner", "humanPerformer",
            "resourceAssignmentExpression", "formalExpression");
    /** Names an expression may use that are not beans: the engine's own variables and functions. */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "authenticatedUserId",
            "S", "JSON", "XML", "dateTime", "now", "currentUser", "currentUserGroups");
    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern DOTTED_NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.");
    private static final Pattern SINGLE_NAME = Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}\\s*");

    private final Set<String> beans;
    private final Set<String> forms;
    private final Set<String> processIds;
    private final Set<String> decisionIds;

    private ProcessModelChecks(Set<String> beans, Set<String> forms, Set<String> processIds, Set<String> decisionIds) {
        this.beans = beans;
        this.forms = forms;
        this.processIds = processIds;
        this.decisionIds = decisionIds;
    }

    /** Checks against the application's beans and everything in processes/. */
    static ProcessModelChecks forApplication() throws Exception {
        Set<String> processIds = new HashSet<>();
        Set<String> decisionIds = new HashSet<>();
        for (Path model : models()) {
            Document document = parse(model);
            if (model.toString().endsWith(".bpmn")) {
                elements(document, BPMN, "process").forEach(process -> processIds.add(process.getAttribute("id")));
            } else {
                elements(document, DMN, "decision").forEach(decision -> decisionIds.add(decision.getAttribute("id")));
            }
        }
        return new ProcessModelChecks(springBeans(), formIds(), processIds, decisionIds);
    }

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
                    .sorted().toList();
        }
    }

    List<String> check(Path model) throws Exception {
        Document document = parse(model);
        return model.toString().endsWith(".dmn") ? checkDecisions(model, document) : checkProcess(model, document);
    }

    private List<String> checkProcess(Path model, Document document) {
        List<String> problems = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        elements(document, BPMNDI, "BPMNShape").forEach(shape -> drawn.add(shape.getAttribute("bpmnElement")));
        elements(document, BPMNDI, "BPMNEdge").forEach(edge -> drawn.add(edge.getAttribute("bpmnElement")));
        Set<String> planes = new HashSet<>();
        elements(document, BPMNDI, "BPMNPlane").forEach(plane -> planes.add(plane.getAttribute("bpmnElement")));
        for (Element process : elements(document, BPMN, "process")) {
            if (!planes.contains(process.getAttribute("id")) && elements(document, BPMN, "collaboration").isEmpty()) {
                problems.add(model + ": process " + process.getAttribute("id") + " has no diagram");
            }
            for (Element element : descendants(process)) {
                if (BPMN.equals(element.getNamespaceURI()) && !NOT_DRAWN.contains(element.getLocalName())
                        && element.hasAttribute("id") && !drawn.contains(element.getAttribute("id"))) {
                    problems.add(model + ": " + element.getLocalName() + " " + element.getAttribute("id")
                            + " has no diagram interchange");
                }
            }
        }
        for (Element element : descendants(document.getDocumentElement())) {
            String id = element.getAttribute("id");
            String formRef = element.getAttributeNS(CAMUNDA, "formRef");
            if (!formRef.isEmpty() && !forms.contains(formRef)) {
                problems.add(model + ": " + id + " refers to form " + formRef + ", which processes/forms lacks");
            }
            String formKey = element.getAttributeNS(CAMUNDA, "formKey");
            if (formKey.startsWith("camunda-forms:deployment:")
                    && !Files.exists(PROCESSES.resolve(formKey.substring("camunda-forms:deployment:".length())))) {
                problems.add(model + ": " + id + " refers to form file " + formKey + ", which does not exist");
            }
            String called = element.getAttribute("calledElement");
            if (!called.isEmpty() && !called.contains("${") && !processIds.contains(called)) {
                problems.add(model + ": " + id + " calls process " + called + ", which processes/ lacks");
            }
            String decision = element.getAttributeNS(CAMUNDA, "decisionRef");
            if (!decision.isEmpty() && !decision.contains("${") && !decisionIds.contains(decision)) {
                problems.add(model + ": " + id + " evaluates decision " + decision + ", which processes/ lacks");
            }
            String delegate = element.getAttributeNS(CAMUNDA, "delegateExpression");
            if (delegate.isEmpty()) {
                delegate = element.getAttribute("delegateExpression");
            }
            if (!delegate.isEmpty()) {
                Matcher single = SINGLE_NAME.matcher(delegate);
                if (single.matches() && !beans.contains(single.group(1))) {
                    problems.add(model + ": " + where(element) + " delegates to ${" + single.group(1)
                            + "}, which is no Spring bean");
                }
            }
            for (String text : expressionTexts(element)) {
                for (String bean : beansNamedIn(text)) {
                    if (!beans.contains(bean)) {
                        problems.add(model + ": " + where(element) + " calls " + bean + ", which is no Spring bean");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> checkDecisions(Path model, Document document) {
        List<String> problems = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        elements(document, DMNDI, "DMNShape").forEach(shape -> drawn.add(shape.getAttribute("dmnElementRef")));
        if (elements(document, DMNDI, "DMNDiagram").isEmpty()) {
            problems.add(model + ": no DMN diagram interchange (dmndi:DMNDI)");
        }
        for (String type : List.of("decision", "inputData", "knowledgeSource", "businessKnowledgeModel")) {
            for (Element element : elements(document, DMN, type)) {
                if (!drawn.contains(element.getAttribute("id"))) {
                    problems.add(model + ": " + type + " " + element.getAttribute("id") + " has no diagram shape");
                }
            }
        }
        return problems;
    }

    /** Names used as {@code name.} in an expression: beans, unless the engine provides them. */
    static Set<String> beansNamedIn(String text) {
        Set<String> names = new HashSet<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = QUOTED.matcher(expression.group(1)).replaceAll("''");
            Matcher name = DOTTED_NAME.matcher(body);
            while (name.find()) {
                if (!ENGINE_NAMES.contains(name.group(1))) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** Attribute values and element texts of this element that may hold expressions (not conditions on variables). */
    private static List<String> expressionTexts(Element element) {
        List<String> texts = new ArrayList<>();
        if ("documentation".equals(element.getLocalName())) {
            return texts;
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (!attribute.getLocalName().equals("delegateExpression")) {
                texts.add(attribute.getNodeValue());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                texts.add(child.getNodeValue());
            }
        }
        return texts;
    }

    private static String where(Element element) {
        Node at = element;
        while (at instanceof Element e && !e.hasAttribute("id")) {
            at = e.getParentNode();
        }
        String id = at instanceof Element e ? e.getAttribute("id") : "?";
        return element.getLocalName() + (element.hasAttribute("id") ? " " + id : " in " + id);
    }

    /** Bean names as Spring gives them: scanned components by their annotation or class name, and @Bean methods. */
    static Set<String> springBeans() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Set<String> names = new HashSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.supportdesk")) {
            names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry));
            for (var method : Class.forName(definition.getBeanClassName()).getDeclaredMethods()) {
                Bean bean = method.getAnnotation(Bean.class);
                if (bean != null) {
                    names.add(bean.name().length > 0 ? bean.name()[0] : method.getName());
                }
            }
        }
        return names;
    }

    private static Set<String> formIds() throws IOException {
        return forms().keySet();
    }

    /** The forms in processes/forms by their id. */
    static Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(PROCESSES.resolve("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                forms.put(form.path("id").asText(), form);
            }
        }
        return forms;
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Collection<Element> descendants(Element root) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
