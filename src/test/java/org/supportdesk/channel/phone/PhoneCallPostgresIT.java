package org.supportdesk.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;

/**
 * A call registered through the engine REST API exactly as Tasklist submits the start form, by a
 * first-line agent, on PostgreSQL with the production profile. The database may hold other runs'
 * data, so every check looks at its own call (a login of its own).
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase"})
@DirtiesContext
class PhoneCallPostgresIT {

    static final String AGENT = "it-phone-agent";
    static final String PASSWORD = "Switch!Board-2026x";
    static final String SUBMIT = "/engine-rest/process-definition/key/phone-call/submit-form";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    Appeals appeals;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void firstLineAgent() {
        if (identity.createUserQuery().userId(AGENT).count() == 0) {
            User user = identity.newUser(AGENT);
            user.setFirstName("Irina");
            user.setLastName("Agent");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(AGENT).memberOfGroup("support-l1").count() == 0) {
            identity.createMembership(AGENT, "support-l1");
        }
    }

    @Test
    void theAgentRegistersACallAndTheAppealIsAnsweredAtOnce() {
        String login = uniqueLogin();
        Map<String, Object> form = form(login);
        // a name sent along with the form never replaces the logged-in agent
        form.put("registeredBy", "someone-else");

        ResponseEntity<JsonNode> started = http.withBasicAuth(AGENT, PASSWORD).postForEntity(SUBMIT,
                variables(form), JsonNode.class);

        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        String number = started.getBody().path("businessKey").asText();
        assertThat(number).as("the appeal number comes back as the business key").startsWith("SD-");
        assertThat(started.getBody().path("ended").asBoolean()).isTrue();

        Appeal appeal = appeals.get(number);
        assertThat(appeal.channel()).isEqualTo(Channel.PHONE);
        assertThat(appeal.registeredBy()).isEqualTo(AGENT);
        assertThat(appeal.firstAnsweredAt()).isNotNull().isEqualTo(appeal.receivedAt());
        assertThat(appeal.login()).isEqualTo(login);
        assertThat(appeal.project()).isEqualTo("shop-prod");
        assertThat(appeal.contactEmail()).isEqualTo("olga@example.com");
        assertThat(appeal.contactName()).isEqualTo("Olga Petrova");
        assertThat(appeal.subject()).isEqualTo("Instances unreachable");
        assertThat(appeal.description()).isEqualTo(form.get("description"));
        assertThat(appeal.urgency()).isEqualTo(Level.HIGH);
        assertThat(appeal.impact()).isEqualTo(Level.HIGH);
        // the whole appeal process ran as the agent: decisions, deadlines, acknowledgement, paging
        assertThat(appeal.priority()).isEqualTo(Priority.CRITICAL);
        assertThat(appeal.status()).isEqualTo(AppealStatus.OPEN);
        assertThat(appeal.resolutionDueAt()).isAfter(appeal.receivedAt());

        ProcessInstance appealProcess = runtime.createProcessInstanceQuery().processDefinitionKey("appeal")
                .processInstanceBusinessKey(number).singleResult();
        assertThat(appealProcess).as("appeal process with business key %s", number).isNotNull();
        assertThat(appealProcess.isEnded()).isFalse();
        Task triage = tasks.createTaskQuery().processInstanceId(appealProcess.getId()).singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo("UserTask_TriageAppeal");
        assertThat(runtime.getVariable(appealProcess.getId(), "firstAnswerGiven")).isEqualTo(true);
        assertThat(runtime.getVariable(appealProcess.getId(), "channel")).isEqualTo("PHONE");

        assertThat(jdbc.sql("SELECT body FROM appeal_message WHERE appeal_id = :id AND kind = 'ACKNOWLEDGEMENT'")
                .param("id", appeal.id()).query(String.class).list())
                .singleElement().asString().contains(number);

        String callId = started.getBody().path("id").asText();
        HistoricProcessInstance call = history.createHistoricProcessInstanceQuery().processInstanceId(callId)
                .singleResult();
        assertThat(call.getProcessDefinitionKey()).isEqualTo("phone-call");
        assertThat(call.getStartUserId()).isEqualTo(AGENT);
        assertThat(call.getBusinessKey()).isEqualTo(number);
        assertThat(call.getEndTime()).isNotNull();
        assertThat(historicVariable(callId, "appealNumber")).isEqualTo(number);
        assertThat(historicVariable(callId, "registeredBy")).isEqualTo(AGENT);
    }

    @Test
    void badInputIsRefusedWithTheReasonAndWritesNothing() {
        String login = uniqueLogin();
        Map<String, Object> form = form(login);
        form.remove("description");
        form.put("email", "olga at example.com");

        ResponseEntity<JsonNode> refused = http.withBasicAuth(AGENT, PASSWORD).postForEntity(SUBMIT,
                variables(form), JsonNode.class);

        // the client's input, not our failure: 400 as problem details, with Camunda's fields kept
        // (Tasklist shows the message under "The process could not be started.")
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().path("status").asInt()).isEqualTo(400);
        assertThat(refused.getBody().path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(refused.getBody().path("message").asText())
                .isEqualTo("E-mail for replies / Эл. почта для ответов: not an e-mail address / это не адрес эл. почты; "
                        + "Description / Описание: required / обязательное поле");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE login = :login").param("login", login)
                .query(Long.class).single()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().variableValueEquals("login", login).count())
                .as("no phone-call instance left behind").isZero();

        // the same call, corrected, goes through
        form.put("description", "All instances in shop-prod stopped answering on port 443 at 10:05 UTC.");
        form.put("email", "olga@example.com");
        assertThat(http.withBasicAuth(AGENT, PASSWORD).postForEntity(SUBMIT, variables(form), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE login = :login").param("login", login)
                .query(Long.class).single()).isOne();
    }

    @Test
    void tasklistOffersThePhoneCallButNotTheAppealProcess() {
        ResponseEntity<JsonNode> startable = http.withBasicAuth(AGENT, PASSWORD).getForEntity(
                "/engine-rest/process-definition?latestVersion=true&maxResults=200&startableInTasklist=true"
                        + "&startablePermissionCheck=true", JsonNode.class);
        ResponseEntity<JsonNode> permitted = http.withBasicAuth(AGENT, PASSWORD).getForEntity(
                "/engine-rest/process-definition?latestVersion=true&maxResults=200&startablePermissionCheck=true",
                JsonNode.class);

        assertThat(startable.getStatusCode()).as("%s", startable.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(permitted.getStatusCode()).as("%s", permitted.getBody()).isEqualTo(HttpStatus.OK);
        List<String> startableKeys = startable.getBody().findValuesAsText("key");
        assertThat(startableKeys).contains("phone-call").doesNotContain("appeal");
        assertThat(startable.getBody().findValuesAsText("name")).contains("Register phone call");
        // the appeal is started by the application on the agent's behalf, never by the agent
        assertThat(permitted.getBody().findValuesAsText("key")).contains("phone-call").doesNotContain("appeal");

        ResponseEntity<JsonNode> startForm = http.withBasicAuth(AGENT, PASSWORD).getForEntity(
                "/engine-rest/process-definition/key/phone-call/deployed-start-form", JsonNode.class);
        assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(startForm.getBody().path("id").asText()).isEqualTo("register-phone-call");
    }

    @Test
    void registeringNeedsALogin() {
        ResponseEntity<String> anonymous = http.postForEntity(SUBMIT, variables(form(uniqueLogin())), String.class);
        // an unknown user, not the agent: Camunda delays the next login of a user after a wrong password
        ResponseEntity<String> unknown = http.withBasicAuth("nobody-" + System.nanoTime(), PASSWORD)
                .postForEntity(SUBMIT, variables(form(uniqueLogin())), String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static String uniqueLogin() {
        return "caller-" + System.nanoTime();
    }

    private static Map<String, Object> form(String login) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("login", login);
        form.put("project", "shop-prod");
        form.put("callerName", "Olga Petrova");
        form.put("email", "olga@example.com");
        form.put("subject", "Instances unreachable");
        form.put("description", "All instances in shop-prod stopped answering on port 443 at 10:05 UTC.");
        form.put("urgency", "HIGH");
        form.put("impact", "HIGH");
        return form;
    }

    /** The body Tasklist sends: every field a String variable. */
    private static Map<String, Object> variables(Map<String, Object> form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return Map.of("variables", variables);
    }

    private Object historicVariable(String processInstanceId, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult().getValue();
    }
}
