package org.supportdesk.channel.phone.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.channel.phone.PhoneCallVariables;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;

/**
 * Every path of register-phone-call.bpmn, started as Tasklist starts it: the start form submitted
 * by a logged-in agent. The delegate is the real one; only the appeal inbox behind it is a
 * recorder, so the test sees exactly what would be registered (the real intake runs in
 * PhoneCallPostgresIT).
 */
@Deployment(resources = {"processes/register-phone-call.bpmn", "processes/forms/register-phone-call.form"})
class RegisterPhoneCallProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String NUMBER = "SD-100777";

    private final AppealInbox inbox = mock(AppealInbox.class);
    private final List<IntakeCommand> registered = new ArrayList<>();

    @BeforeEach
    void realDelegateRecordingIntake() {
        when(inbox.registerCall(any())).thenAnswer(call -> {
            registered.add(call.getArgument(0));
            return NUMBER;
        });
        Mocks.register("registerPhoneCallDelegate", new RegisterPhoneCallDelegate(inbox));
        identityService().setAuthentication("anna", List.of("support-l1"));
    }

    @AfterEach
    void reset() {
        identityService().clearAuthentication();
        Mocks.reset();
    }

    @Test
    void theCallBecomesAPhoneAppealRegisteredByTheAgent() {
        ProcessInstance call = submit(form());

        assertThat(call).hasPassedInOrder("StartEvent_CallTaken", "Task_RegisterAppeal", "EndEvent_AppealRegistered")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(call.getBusinessKey()).isEqualTo(NUMBER);
        org.assertj.core.api.Assertions.assertThat(historicVariable(call, PhoneCallVariables.APPEAL_NUMBER))
                .isEqualTo(NUMBER);
        org.assertj.core.api.Assertions.assertThat(historicVariable(call, PhoneCallVariables.REGISTERED_BY))
                .isEqualTo("anna");
        HistoricProcessInstance history = historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(call.getId()).singleResult();
        org.assertj.core.api.Assertions.assertThat(history.getBusinessKey()).isEqualTo(NUMBER);
        org.assertj.core.api.Assertions.assertThat(history.getStartUserId()).isEqualTo("anna");

        org.assertj.core.api.Assertions.assertThat(registered).singleElement().satisfies(command -> {
            org.assertj.core.api.Assertions.assertThat(command.origin().channel()).isEqualTo(Channel.PHONE);
            org.assertj.core.api.Assertions.assertThat(command.contact().login()).isEqualTo("olga");
            org.assertj.core.api.Assertions.assertThat(command.contact().project()).isEqualTo("shop-prod");
            org.assertj.core.api.Assertions.assertThat(command.contact().email()).isEqualTo("olga@example.com");
            org.assertj.core.api.Assertions.assertThat(command.contact().name()).isEqualTo("Olga Petrova");
            org.assertj.core.api.Assertions.assertThat(command.subject()).isEqualTo("Instances unreachable");
            org.assertj.core.api.Assertions.assertThat(command.description()).startsWith("All instances");
            org.assertj.core.api.Assertions.assertThat(command.assessment().urgency()).isEqualTo(Level.HIGH);
            org.assertj.core.api.Assertions.assertThat(command.assessment().impact()).isNull();
            org.assertj.core.api.Assertions.assertThat(command.assessment().category()).isNull();
            org.assertj.core.api.Assertions.assertThat(command.attachments()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(command.origin().registeredBy()).isEqualTo("anna");
        });
    }

    @Test
    void submittedNamesCannotStandInForTheAgent() {
        Map<String, Object> form = form();
        form.put(PhoneCallVariables.REGISTERED_BY, "mallory");
        form.put(PhoneCallVariables.AGENT, "mallory");

        ProcessInstance call = submit(form);

        org.assertj.core.api.Assertions.assertThat(registered).singleElement()
                .extracting(command -> command.origin().registeredBy()).isEqualTo("anna");
        org.assertj.core.api.Assertions.assertThat(historicVariable(call, PhoneCallVariables.REGISTERED_BY))
                .isEqualTo("anna");
    }

    @Test
    void badInputRefusesTheStartNamingEveryFieldAndLeavesNothing() {
        Map<String, Object> form = form();
        form.put(PhoneCallVariables.DESCRIPTION, "   ");
        form.put(PhoneCallVariables.EMAIL, "olga at example.com");
        form.put(PhoneCallVariables.IMPACT, "EVERYONE");

        assertThatThrownBy(() -> submit(form))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("E-mail for replies / Эл. почта для ответов: not an e-mail address")
                .hasMessageContaining("Description / Описание: required")
                .hasMessageContaining("Impact / Масштаб: choose one of the answers")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).field())
                        .isEqualTo(PhoneCallVariables.EMAIL));
        assertNothingLeft();
    }

    @Test
    void aCallNeedsALoggedInAgent() {
        identityService().clearAuthentication();

        assertThatThrownBy(() -> submit(form()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("logged-in agent");
        assertNothingLeft();
    }

    @Test
    void aRefusalOfTheIntakeNamesTheFormField() {
        when(inbox.registerCall(any())).thenThrow(new InvalidRequestException("email",
                "an e-mail address is needed for this channel"));

        assertThatThrownBy(() -> submit(form()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("E-mail for replies / Эл. почта для ответов: an e-mail address is needed for this channel");
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void startableInTasklistBySupportWithTheBundledForm() throws IOException {
        ProcessDefinition definition = definition();

        org.assertj.core.api.Assertions.assertThat(definition.getName()).isEqualTo("Register phone call");
        org.assertj.core.api.Assertions.assertThat(definition.isStartableInTasklist()).isTrue();
        org.assertj.core.api.Assertions.assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
        org.assertj.core.api.Assertions.assertThat(
                        repositoryService().getIdentityLinksForProcessDefinition(definition.getId()))
                .extracting(link -> link.getGroupId())
                .containsExactlyInAnyOrder("support-l1", "support-l2", "support-leads", "support-management",
                        "managed-services");
        CamundaFormRef form = formService().getStartFormData(definition.getId()).getCamundaFormRef();
        org.assertj.core.api.Assertions.assertThat(form.getKey()).isEqualTo("register-phone-call");
        org.assertj.core.api.Assertions.assertThat(form.getBinding()).isEqualTo("deployment");
        try (InputStream deployed = formService().getDeployedStartForm(definition.getId())) {
            org.assertj.core.api.Assertions.assertThat(new String(deployed.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"id\": \"register-phone-call\"");
        }
    }

    private static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put(PhoneCallVariables.LOGIN, "olga");
        form.put(PhoneCallVariables.PROJECT, "shop-prod");
        form.put(PhoneCallVariables.CALLER_NAME, "Olga Petrova");
        form.put(PhoneCallVariables.EMAIL, "olga@example.com");
        form.put(PhoneCallVariables.SUBJECT, "Instances unreachable");
        form.put(PhoneCallVariables.DESCRIPTION, "All instances in shop-prod stopped answering on port 443.");
        form.put(PhoneCallVariables.URGENCY, "HIGH");
        // a select the agent left empty
        form.put(PhoneCallVariables.IMPACT, null);
        return form;
    }

    private static ProcessDefinition definition() {
        return repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PhoneCallVariables.PROCESS_KEY).latestVersion().singleResult();
    }

    private static ProcessInstance submit(Map<String, Object> form) {
        return formService().submitStartForm(definition().getId(), form);
    }

    private static Object historicVariable(ProcessInstance instance, String name) {
        HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private void assertNothingLeft() {
        org.assertj.core.api.Assertions.assertThat(registered).isEmpty();
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().count())
                .isZero();
    }
}
