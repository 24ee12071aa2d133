package org.supportdesk.managedservices.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What the onboarding process tests share: starting an onboarding and completing its steps as the forms would. */
final class OnboardingSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OnboardingSteps() {
    }

    /**
     * Starts an onboarding as the cost request's contract step does: the request's number only; the
     * customer is read live in the task's Cost request tab.
     */
    static ProcessInstance startOnboarding(String processKey, String requestNumber) {
        return runtimeService().startProcessInstanceByKey(processKey, requestNumber, Map.of(
                "requestNumber", requestNumber));
    }

    /**
     * Completes the step the onboarding waits at as the form would: the task is for managed-services, its form is
     * the expected deployed one, and every submitted variable is an input field of that form.
     */
    static void completeStep(ProcessInstance onboarding, String taskKey, String formId, Map<String, Object> submitted) {
        assertThat(onboarding).isWaitingAt(taskKey);
        Task step = task(onboarding);
        assertThat(step).hasCandidateGroup("managed-services");
        JsonNode form = deployedForm(step);
        org.assertj.core.api.Assertions.assertThat(form.path("id").asText()).isEqualTo(formId);
        org.assertj.core.api.Assertions.assertThat(inputKeys(form)).contains("stepNotes")
                .containsAll(submitted.keySet());
        complete(step, submitted);
    }

    static Object historicVariable(ProcessInstance onboarding, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(onboarding.getId())
                .variableName(name).singleResult().getValue();
    }

    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static JsonNode deployedForm(Task task) {
        try (InputStream in = formService().getDeployedTaskForm(task.getId())) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys of the fields the form submits (disabled fields only display). */
    private static Set<String> inputKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        form.path("components").forEach(component -> {
            if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
                keys.add(component.get("key").asText());
            }
        });
        return keys;
    }
}
