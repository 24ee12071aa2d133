package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every name staff read that comes from the engine's data (names of processes and of every task,
 * event, gateway and call activity of the models, Tasklist filters with their descriptions, groups)
 * has its Russian in the webapps' {@code names.ru.js}, every label of a sequence flow in it or in
 * {@code diagram-labels.ru.js} (diagrams only); a missing one is named (model, element), ready to
 * translate.
 */
class EngineNamesTest {

    private static final Path WORKSPACE = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/"
            + "scripts/workspace");
    private static final Path NAMES = WORKSPACE.resolve("names.ru.js");
    private static final Path DIAGRAM_LABELS = WORKSPACE.resolve("diagram-labels.ru.js");
    private static final Path MODELS = Path.of("processes");

    @Test
    void everyNameStaffReadHasItsRussian() throws IOException {
        Map<String, String> russian = russianNames(NAMES);
        Set<String> names = new TreeSet<>(modelNames());
        TaskFilters.TABLE.forEach(filter -> {
            names.add(filter.name());
            names.add(filter.description());
        });
        IdentitySeeder.GROUPS.forEach(group -> names.add(group.name()));

        assertThat(names).as("names of models, filters and groups").hasSizeGreaterThan(40);
        assertThat(names.stream().filter(name -> !russian.containsKey(name)).toList())
                .as("names without Russian in %s", NAMES).isEmpty();
        assertThat(russian.values()).as("Russian names").allMatch(name -> !name.isBlank());
    }

    @Test
    void everyElementOfEveryModelHasItsRussianName() throws IOException {
        Map<String, String> russian = russianNames(NAMES);
        Map<String, String> labels = russianNames(DIAGRAM_LABELS);
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (BaseElement element : drawnElements(model)) {
                String name = element.getAttributeValue("name");
                if (name == null || name.isBlank()) {
                    continue;
                }
                named++;
                boolean flow = element instanceof SequenceFlow;
                if (!russian.containsKey(name) && !(flow && labels.containsKey(name))) {
                    missing.add(file.getFileName() + " " + element.getElementType().getTypeName() + " "
                            + element.getId() + ": \"" + name + "\"");
                }
            }
        }
        assertThat(named).as("named elements of the models").isGreaterThan(180);
        assertThat(missing).as("elements without Russian in %s (or, for flows, %s)", NAMES, DIAGRAM_LABELS).isEmpty();
        assertThat(labels.values()).as("Russian labels").allMatch(label -> !label.isBlank());
        assertThat(labels.keySet()).as("labels that are names too (kept once, in %s)", NAMES)
                .doesNotContainAnyElementsOf(russian.keySet());
    }

    /** What a diagram draws with its name and Cockpit lists: processes, pools, lanes, flow nodes, flows. */
    private static List<BaseElement> drawnElements(BpmnModelInstance model) {
        List<BaseElement> elements = new ArrayList<>();
        elements.addAll(model.getModelElementsByType(Process.class));
        elements.addAll(model.getModelElementsByType(Participant.class));
        elements.addAll(model.getModelElementsByType(Lane.class));
        elements.addAll(model.getModelElementsByType(FlowNode.class));
        elements.addAll(model.getModelElementsByType(SequenceFlow.class));
        return elements;
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static Map<String, String> russianNames(Path file) throws IOException {
        String module = Files.readString(file, StandardCharsets.UTF_8);
        String object = module.substring(module.indexOf('{'), module.lastIndexOf('}') + 1);
        return new ObjectMapper().readValue(object, new TypeReference<Map<String, String>>() {
        });
    }

    private static List<String> modelNames() throws IOException {
        return models().stream().flatMap(file -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            return Stream.concat(model.getModelElementsByType(Process.class).stream().map(Process::getName),
                    model.getModelElementsByType(UserTask.class).stream().map(UserTask::getName));
        }).filter(name -> name != null && !name.isBlank()).toList();
    }
}
