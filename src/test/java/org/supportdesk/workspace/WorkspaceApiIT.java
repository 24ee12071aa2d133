package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.supportdesk.appeal.process.AppealVariables;

/**
 * The workspace API on the embedded database with the demo users and customers: what the Tasklist
 * plugin reads and writes, with HTTP Basic and with a Tasklist login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:workspace-api;DB_CLOSE_DELAY=-1",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
class WorkspaceApiIT {

    /** The process variables an appeal may have: routing and decisions, nothing to display. */
    static final Set<String> APPEAL_VARIABLES = Set.of(AppealVariables.CHANNEL, AppealVariables.URGENCY,
            AppealVariables.IMPACT, AppealVariables.PRIORITY, AppealVariables.CATEGORY, AppealVariables.IN_SCOPE,
            AppealVariables.FIRST_RESPONSE_DUE_AT, AppealVariables.RESOLUTION_DUE_AT,
            AppealVariables.ESCALATION_LEVEL, AppealVariables.HANDLING, AppealVariables.MANAGED_SERVICES_CUSTOMER,
            AppealVariables.FIRST_ANSWER_GIVEN, AppealVariables.WORK_ASSIGNEE, AppealVariables.TRIAGED,
            AppealVariables.WORK_GROUP, AppealVariables.NEW_SHIFT_LEAD_ESCALATION,
            AppealVariables.NEW_HEAD_ESCALATION, AppealVariables.TRIAGE_DECISION, AppealVariables.WORK_OUTCOME,
            AppealVariables.REPLY, AppealVariables.INTERNAL_NOTE);

    private static final byte[] PDF = "%PDF-1.4 runbook for the customer".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAgentSeesTheAppealOfATaskAsItIsNowWithTheCustomersContext() throws Exception {
        jdbc.sql("DELETE FROM managed_services_contract WHERE login = 'northwind'").update();
        jdbc.sql("INSERT INTO managed_services_contract (login, company, services, starts_on, created_at) "
                        + "VALUES ('northwind', 'Northwind Traders', 'MONITORING,INCIDENT_RESPONSE', :start, CURRENT_TIMESTAMP)")
                .param("start", LocalDate.now().minusDays(10)).update();
        JsonNode earlier = appeal("northwind", "northwind-erp", "ERP reports are slow",
                "The ERP reports take minutes since the database upgrade on Monday.");
        JsonNode created = appeal("northwind", "northwind-erp", "ERP login fails",
                "Nobody can sign in to the ERP since 09:00; the login page answers 502.");
        String number = created.path("number").asText();
        Task triage = task(number);

        JsonNode view = asAgent("/api/workspace/tasks/" + triage.getId());

        assertThat(view.path("task").path("name").asText()).isEqualTo("Triage appeal");
        JsonNode appeal = view.path("appeal");
        assertThat(appeal.path("number").asText()).isEqualTo(number);
        assertThat(appeal.path("subject").asText()).isEqualTo("ERP login fails");
        assertThat(appeal.path("description").asText()).contains("answers 502");
        assertThat(appeal.path("status").asText()).isEqualTo("OPEN");
        // what the classifier proposed at intake, how sure it was and which model said so
        assertThat(appeal.path("suggestedCategory").asText()).isNotBlank();
        assertThat(appeal.path("suggestedConfidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(appeal.path("suggestedScopeConfidence").isNumber()).isTrue();
        assertThat(appeal.path("suggestedScopeConfidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(appeal.path("modelVersion").asText()).isNotBlank();
        // a contract holder: priority support, the first answer due in 15 minutes
        assertThat(appeal.path("managedServices").asBoolean()).isTrue();
        assertThat(appeal.path("sla").path("state").asText()).isEqualTo("ON_TIME");
        assertThat(appeal.path("sla").path("deadline").asText()).isEqualTo("FIRST_ANSWER");
        assertThat(appeal.path("sla").path("dueAt").asText()).isEqualTo(appeal.path("firstResponseDueAt").asText());
        JsonNode customer = view.path("customer");
        assertThat(customer.path("company").asText()).isEqualTo("Northwind Traders");
        assertThat(customer.path("project").path("code").asText()).isEqualTo("northwind-erp");
        assertThat(customer.path("projects").findValuesAsText("code")).contains("northwind-erp", "northwind-web");
        JsonNode contract = customer.path("contracts").get(0);
        assertThat(contract.path("active").asBoolean()).isTrue();
        assertThat(contract.path("services").toString()).contains("MONITORING", "INCIDENT_RESPONSE");
        assertThat(contract.path("promise").path("CRITICAL").path("firstAnswerMinutes").asLong()).isEqualTo(15);
        assertThat(contract.path("promise").path("CRITICAL").path("resolutionMinutes").asLong()).isEqualTo(60);
        JsonNode other = view.path("otherAppeals").get(0);
        assertThat(other.path("number").asText()).isEqualTo(earlier.path("number").asText());
        assertThat(other.path("sameProject").asBoolean()).isTrue();
        assertThat(view.path("writable").asBoolean()).isTrue();

        // templates in both languages, the placeholders filled from the appeal and the agent
        JsonNode templates = view.path("templates");
        assertThat(templates.findValuesAsText("id")).contains("working-on-it", "ask-for-diagnostics");
        JsonNode working = find(templates, "working-on-it");
        assertThat(working.path("text").path("EN").asText()).contains(number, "Anna Agent").doesNotContain("{");
        assertThat(working.path("text").path("RU").asText()).contains("Здравствуйте", number);

        // the customer writes again: the same task shows it at once, no copy to refresh
        http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(Map.of("body", "It also fails from the mobile app."), customer(created)),
                JsonNode.class);
        JsonNode again = asAgent("/api/workspace/tasks/" + triage.getId());
        assertThat(again.path("appeal").path("messages").findValuesAsText("body"))
                .contains("It also fails from the mobile app.");
        assertThat(again.path("task").path("id").asText()).isEqualTo(triage.getId());
        assertNothingCopied(number);
    }

    @Test
    void cardsNameTheAppealTheCustomerAndTheTimeLeft() throws Exception {
        JsonNode urgent = appeal("northwind", "northwind-web", "Website down", "The website answers 500 to everyone.",
                "HIGH", "HIGH");
        JsonNode calm = appeal(null, null, "Invoice question", "Which VAT rate applies to the November invoice?",
                "LOW", "LOW");
        String urgentTask = task(urgent.path("number").asText()).getId();
        String calmTask = task(calm.path("number").asText()).getId();

        ResponseEntity<JsonNode> answer = http.withBasicAuth("agent", "agent").getForEntity(
                "/api/workspace/cards?task=" + calmTask + "&task=" + urgentTask + "&task=no-such-task", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode cards = answer.getBody();
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).path("taskId").asText()).isEqualTo(calmTask);
        JsonNode card = cards.get(1);
        assertThat(card.path("number").asText()).isEqualTo(urgent.path("number").asText());
        assertThat(card.path("subject").asText()).isEqualTo("Website down");
        assertThat(card.path("customer").asText()).isEqualTo("Northwind Traders");
        assertThat(card.path("channel").asText()).isEqualTo("FEEDBACK_FORM");
        assertThat(card.path("priority").asText()).isEqualTo("CRITICAL");
        assertThat(card.path("sla").path("dueAt").asText()).isNotEmpty();
        // a customer not in the directory is named by the person who wrote
        assertThat(cards.get(0).path("customer").asText()).isEqualTo("Jane Roe");
    }

    @Test
    void theTasklistLoginReadsAndChangesNeedTheWebappsCsrfToken() throws Exception {
        JsonNode created = appeal(null, null, "Snapshot failed", "The nightly snapshot of vol-7 failed twice.");
        String number = created.path("number").asText();
        String taskId = task(number).getId();
        WebappSession agent = WebappSession.signIn(port, "agent", "agent");

        HttpResponse<String> view = agent.get("/api/workspace/tasks/" + taskId);
        assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
        // the webapp's session is read, never renewed: Tasklist's own requests in flight keep working
        assertThat(view.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(agent.get("/camunda/api/engine/engine/default/filter/count").statusCode()).isEqualTo(200);
        assertThat(json.readTree(view.body()).path("appeal").path("number").asText()).isEqualTo(number);
        // the zone the plugin writes staff times in: the deployment's, Moscow by default
        HttpResponse<String> settings = agent.get("/api/workspace/settings");
        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
        assertThat(json.readTree(settings.body()).path("timeZone").asText()).isEqualTo("Europe/Moscow");

        String reply = "{\"body\": \"We are restoring the snapshot schedule.\"}";
        HttpResponse<String> forged = agent.post("/api/workspace/appeals/" + number + "/messages", "application/json",
                HttpRequest.BodyPublishers.ofString(reply), false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("X-XSRF-TOKEN");
        HttpResponse<String> sent = agent.post("/api/workspace/appeals/" + number + "/messages", "application/json",
                HttpRequest.BodyPublishers.ofString(reply), true);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(json.readTree(sent.body()).path("author").asText()).isEqualTo("Anna Agent");

        // without a login: 401, and no Basic challenge for the plugin's calls (no browser sign-in dialog)
        HttpHeaders plugin = new HttpHeaders();
        plugin.set("X-Requested-With", "XMLHttpRequest");
        ResponseEntity<String> anonymous = http.exchange("/api/workspace/tasks/" + taskId, HttpMethod.GET,
                new HttpEntity<>(plugin), String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(http.exchange("/api/workspace/settings", HttpMethod.GET, new HttpEntity<>(plugin), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/workspace/tasks/" + taskId, String.class).getHeaders()
                .getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void salesSeeTheAppealsOfTheirOwnTasksAndWriteNothing() throws Exception {
        JsonNode lead = appeal("northwind", null, "Run our servers",
                "We would like you to run our whole infrastructure 24/7, please send us a price.", null, null,
                "MANAGED_SERVICES");
        JsonNode other = appeal(null, null, "Disk full", "The data disk of vm-3 is full.");
        Task contact = tasks.createTaskQuery().processInstanceBusinessKey(lead.path("number").asText())
                .taskDefinitionKey("UserTask_ContactCustomer").singleResult();
        assertThat(contact).isNotNull();

        ResponseEntity<JsonNode> own = http.withBasicAuth("sales", "sales")
                .getForEntity("/api/workspace/tasks/" + contact.getId(), JsonNode.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody().path("appeal").path("number").asText()).isEqualTo(lead.path("number").asText());
        assertThat(own.getBody().path("writable").asBoolean()).isFalse();
        assertThat(own.getBody().path("templates")).isEmpty();

        assertThat(http.withBasicAuth("sales", "sales").getForEntity("/api/workspace/tasks/"
                + task(other.path("number").asText()).getId(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("sales", "sales").postForEntity("/api/workspace/appeals/"
                        + lead.path("number").asText() + "/messages", Map.of("body", "Hello"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void agentsReplyWithFilesThatGoToTheCustomerAndStayDownloadable() throws Exception {
        JsonNode created = appeal("northwind", "northwind-erp", "Runbook please",
                "Could you send us the restore runbook for the ERP database?");
        String number = created.path("number").asText();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("body", "The runbook is attached.");
        form.add("attachments", file("erp-restore-runbook.pdf", PDF));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("agent", "agent");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<JsonNode> sent = http.exchange("/api/workspace/appeals/" + number + "/messages",
                HttpMethod.POST, new HttpEntity<>(form, headers), JsonNode.class);

        assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode file = sent.getBody().path("files").get(0);
        assertThat(file.path("name").asText()).isEqualTo("erp-restore-runbook.pdf");
        ResponseEntity<byte[]> download = http.withBasicAuth("agent", "agent")
                .getForEntity(file.path("url").asText(), byte[].class);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        // queued for the customer's mail with the message the files belong to
        long messageId = sent.getBody().path("id").asLong();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE appeal_message_id = :id AND kind = 'REPLY'")
                .param("id", messageId).query(Long.class).single()).isEqualTo(1);
        // the customer gets the file with the answer it came with
        JsonNode customerView = http.exchange("/api/appeals/" + number, HttpMethod.GET,
                new HttpEntity<>(customer(created)), JsonNode.class).getBody();
        assertThat(customerView.path("attachments").get(0).path("messageId").asLong()).isEqualTo(messageId);
        // the answer counts as the first answer
        assertThat(asAgent("/api/workspace/tasks/" + task(number).getId()).path("appeal").path("sla")
                .path("deadline").asText()).isEqualTo("RESOLUTION");
    }

    @Test
    void whoeverStartsAPhoneCallInTasklistLearnsTheAppealNumberAndItsTriage() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("agent", "agent");
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"variables": {
                  "login": {"value": "northwind"}, "project": {"value": "northwind-erp"},
                  "callerName": {"value": "Jane Miller"}, "email": {"value": "jane.miller@northwind.example"},
                  "subject": {"value": "VPN drops"},
                  "description": {"value": "The site-to-site VPN drops every few minutes since the morning."}}}""";
        ResponseEntity<JsonNode> started = http.exchange("/engine-rest/process-definition/key/phone-call/submit-form",
                HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        String instanceId = started.getBody().path("id").asText();

        JsonNode told = asAgent("/api/workspace/started/" + instanceId);

        String number = started.getBody().path("businessKey").asText();
        assertThat(number).startsWith("SD-");
        assertThat(told.path("kind").asText()).isEqualTo("APPEAL");
        assertThat(told.path("number").asText()).isEqualTo(number);
        assertThat(told.path("taskId").asText()).isEqualTo(task(number).getId());
        assertThat(told.path("taskName").asText()).isEqualTo("Triage appeal");
        // only the one who started it
        assertThat(http.withBasicAuth("engineer", "engineer").getForEntity("/api/workspace/started/" + instanceId,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aModelerChangesTheTemplatesByDeployingThem() throws Exception {
        // a customer whose name nobody gave
        JsonNode created = appeal("northwind", null, "Billing", "Why was I charged twice for the volume?");
        String taskId = task(created.path("number").asText()).getId();
        String template = """
                title:
                  en: Refund on its way
                  ru: Возврат уже в пути
                categories: [BILLING]
                text:
                  en: Hello {name}, the double charge on {number} is refunded.
                  ru: Здравствуйте, {name}! Двойное списание по {number} возвращено.
                """;
        MultiValueMap<String, Object> deployment = new LinkedMultiValueMap<>();
        deployment.add("deployment-name", "reply-templates");
        deployment.add("refund.yaml", file("refund.yaml", template.getBytes(StandardCharsets.UTF_8)));
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("modeler", "modeler");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> deployed = http.exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(deployment, headers), JsonNode.class);
        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
        try {
            JsonNode templates = asAgent("/api/workspace/tasks/" + taskId).path("templates");
            assertThat(templates.findValuesAsText("id")).containsExactly("refund");
            // no name given: the greeting closes up instead of "Hello ,"
            assertThat(templates.get(0).path("text").path("EN").asText())
                    .isEqualTo("Hello, the double charge on " + created.path("number").asText() + " is refunded.");
            assertThat(templates.get(0).path("text").path("RU").asText()).startsWith("Здравствуйте! Двойное");
        } finally {
            repository.deleteDeployment(deployed.getBody().path("id").asText(), true);
        }
        assertThat(asAgent("/api/workspace/tasks/" + taskId).path("templates").findValuesAsText("id"))
                .contains("working-on-it");
    }

    @Test
    void aTaskCreatedOnItsOwnIsNoAppealTaskRatherThanAnError() {
        Task standalone = tasks.newTask();
        standalone.setName("Call the data centre back");
        tasks.saveTask(standalone);
        tasks.addCandidateGroup(standalone.getId(), org.supportdesk.security.StaffGroups.SUPPORT_L1);
        try {
            ResponseEntity<String> answer = http.withBasicAuth("agent", "agent")
                    .getForEntity("/api/workspace/tasks/" + standalone.getId(), String.class);

            // no appeal and no record behind it: the plugin shows "not an appeal task" and the task's form
            assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(answer.getHeaders().get(HttpHeaders.LINK)).isNull();
        } finally {
            tasks.deleteTask(standalone.getId(), true);
        }
    }

    // --- helpers

    private void assertNothingCopied(String number) {
        Task task = task(number);
        assertThat(tasks.getVariablesLocal(task.getId())).isEmpty();
        assertThat(runtime.getVariables(task.getProcessInstanceId()).keySet()).isSubsetOf(APPEAL_VARIABLES);
    }

    private JsonNode asAgent(String path) {
        ResponseEntity<JsonNode> answer = http.withBasicAuth("agent", "agent").getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s %s", path, answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode appeal(String login, String project, String subject, String description) throws IOException {
        return appeal(login, project, subject, description, null, null);
    }

    private JsonNode appeal(String login, String project, String subject, String description, String urgency,
                            String impact) throws IOException {
        return appeal(login, project, subject, description, urgency, impact, null);
    }

    private JsonNode appeal(String login, String project, String subject, String description, String urgency,
                            String impact, String category) throws IOException {
        Map<String, String> body = new java.util.HashMap<>();
        body.put("channel", "FEEDBACK_FORM");
        body.put("email", login == null ? "jane.roe." + UUID.randomUUID() + "@example.com" : "it@" + login + ".example");
        body.put("contactName", login == null ? "Jane Roe" : null);
        body.put("login", login);
        body.put("project", project);
        body.put("subject", subject);
        body.put("description", description);
        body.put("urgency", urgency);
        body.put("impact", impact);
        body.put("category", category);
        body.values().removeIf(java.util.Objects::isNull);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/appeals", body, JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private Task task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    private static HttpHeaders customer(JsonNode created) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Appeal-Token", created.path("accessToken").asText());
        return headers;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (id.equals(item.path("id").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }
}
