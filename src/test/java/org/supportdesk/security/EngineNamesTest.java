package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every name staff read that comes from the engine's data (process and user task names of the
 * models, Tasklist filters with their descriptions, groups) has its Russian in the webapps'
 * {@code names.ru.js}; a missing one is named, ready to translate.
 */
class EngineNamesTest {

    private static final Path NAMES = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/"
            + "scripts/workspace/names.ru.js");
    private static final Path MODELS = Path.of("processes");

    @Test
    void everyNameStaffReadHasItsRussian() throws IOException {
        Map<String, String> russian = russianNames();
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

    private static Map<String, String> russianNames() throws IOException {
        String module = Files.readString(NAMES, StandardCharsets.UTF_8);
        String object = module.substring(module.indexOf('{'), module.lastIndexOf('}') + 1);
        return new ObjectMapper().readValue(object, new TypeReference<Map<String, String>>() {
        });
    }

    private static List<String> modelNames() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(MODELS)) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).toList();
        }
        return models.stream().flatMap(file -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            return Stream.concat(model.getModelElementsByType(Process.class).stream().map(Process::getName),
                    model.getModelElementsByType(UserTask.class).stream().map(UserTask::getName));
        }).filter(name -> name != null && !name.isBlank()).toList();
    }
}
