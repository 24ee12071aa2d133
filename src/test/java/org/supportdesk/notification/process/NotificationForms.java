package org.supportdesk.notification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.task.Task;

/** Reads the Camunda Forms the process deploys, so the tests submit what Tasklist would submit. */
final class NotificationForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NotificationForms() {
    }

    static JsonNode startForm(String processDefinitionId) {
        try (InputStream in = formService().getDeployedStartForm(processDefinitionId)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode taskForm(Task task) {
        try (InputStream in = formService().getDeployedTaskForm(task.getId())) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys of the fields the form submits (disabled fields only display). */
    static Set<String> inputKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        form.path("components").forEach(component -> {
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
                keys.add(component.get("key").asText());
            }
        });
        return keys;
    }

    /** Keys of the fields the form only displays. */
    static Set<String> shownKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        form.path("components").forEach(component -> {
            if (component.hasNonNull("key") && component.path("disabled").asBoolean(false)) {
                keys.add(component.get("key").asText());
            }
        });
        return keys;
    }

    /** Keys of the fields the form will not submit without a value. */
    static Set<String> requiredKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        form.path("components").forEach(component -> {
            if (component.hasNonNull("key") && component.path("validate").path("required").asBoolean(false)) {
                keys.add(component.get("key").asText());
            }
        });
        return keys;
    }

    /**
     * Checks that {@code form} is the expected one and that {@code submitted} is something it could submit: only its
     * input fields, every required one filled.
     */
    static void assertSubmittable(JsonNode form, String formId, Map<String, Object> submitted) {
        assertThat(form.path("id").asText()).isEqualTo(formId);
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(inputKeys(form)).as("input fields of %s", formId).containsAll(submitted.keySet());
        assertThat(submitted.keySet()).as("required fields of %s", formId).containsAll(requiredKeys(form));
    }
}
