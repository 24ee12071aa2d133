package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The live view of cost request, onboarding and notice tasks on the embedded database with the demo
 * users and customers: the record as it is in the desk's tables when read, and only for the groups
 * that may work on its process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:live-records-api;DB_CLOSE_DELAY=-1"})
@DirtiesContext
class LiveRecordsApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @Test
    void aCostRequestTaskShowsTheRequestAsItIsNowToThoseWhoWorkOnIt() {
        String number = fileCostRequest();
        Task qualify = task(number, "qualify-request");

        // the task names its record; the record is read live
        ResponseEntity<String> task = as("presales").getForEntity("/api/workspace/tasks/" + qualify.getId(), String.class);
        assertThat(task.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task.getHeaders().getFirst(HttpHeaders.LINK))
                .isEqualTo("</api/workspace/cost-requests/" + number + ">; rel=\"related\"");
        JsonNode view = read("presales", "/api/workspace/cost-requests/" + number);
        assertThat(view.path("number").asText()).isEqualTo(number);
        assertThat(view.path("status").asText()).isEqualTo("NEW");
        assertThat(view.path("company").asText()).isEqualTo("Northwind Traders");
        assertThat(view.path("contactName").asText()).isEqualTo("Jane Miller");
        assertThat(view.path("services").toString()).contains("MONITORING", "INFRASTRUCTURE_AUDIT");
        assertThat(view.path("environment").path("vms").asInt()).isEqualTo(12);
        assertThat(view.path("filedBy").asText()).isEqualTo("sales");
        assertThat(view.hasNonNull("quote")).isFalse();
        assertThat(view.path("decisions").findValuesAsText("kind")).containsExactly("FILED");

        // presales accept, engineers scope: the same address now shows the scoping and the engineer's hours
        tasks.complete(qualify.getId(), Map.of("qualification", "ACCEPT"));
        List<Task> scoping = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("scope-service-group").list();
        assertThat(scoping).isNotEmpty();
        tasks.setAssignee(scoping.get(0).getId(), "presales");
        tasks.complete(scoping.get(0).getId(), Map.of("oneOffHours", 16, "monthlyHours", 8,
                "assumptions", "Two data centres"));
        JsonNode scoped = read("presales", "/api/workspace/cost-requests/" + number);
        assertThat(scoped.path("status").asText()).isIn("SCOPING", "QUOTE_REVIEW");
        JsonNode decision = scoped.path("decisions").get(1);
        assertThat(decision.path("kind").asText()).isEqualTo("SCOPED");
        assertThat(decision.path("by").asText()).isEqualTo("presales");
        assertThat(decision.path("oneOffHours").asInt()).isEqualTo(16);
        assertThat(decision.path("note").asText()).isEqualTo("Two data centres");

        // the queue card: number, customer, services
        Task next = tasks.createTaskQuery().processInstanceBusinessKey(number).taskCandidateGroup("managed-services")
                .list().get(0);
        JsonNode cards = read("presales", "/api/workspace/cards?task=" + next.getId());
        assertThat(cards.get(0).path("kind").asText()).isEqualTo("COST_REQUEST");
        assertThat(cards.get(0).path("number").asText()).isEqualTo(number);
        assertThat(cards.get(0).path("customer").asText()).isEqualTo("Northwind Traders");
        assertThat(cards.get(0).path("services").toString()).contains("MONITORING");

        // nobody else: first-line agents and duty engineers do not work on cost requests
        for (String outsider : List.of("agent", "duty")) {
            ResponseEntity<JsonNode> refused = as(outsider).getForEntity("/api/workspace/cost-requests/" + number,
                    JsonNode.class);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(as(outsider).getForEntity("/api/workspace/tasks/" + next.getId(), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(read(outsider, "/api/workspace/cards?task=" + next.getId())).isEmpty();
        }
        // a request that does not exist reads the same as one that may not be seen
        assertThat(as("presales").getForEntity("/api/workspace/cost-requests/MS-999999", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> bad = as("presales").getForEntity(
                "/api/workspace/cost-requests/" + number + "?onboarding=appeal", JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // nothing for display was copied into the task
        assertThat(tasks.getVariablesLocal(next.getId()).keySet())
                .doesNotContain("requestCustomer", "requestContact", "requestServices", "requestQuote");
    }

    @Test
    void aNoticeTaskShowsTheNoticeItsOwnersAndAcknowledgementsToDutyEngineersOnly() {
        ResponseEntity<JsonNode> filed = as("duty").postForEntity("/api/notifications", Map.of(
                "type", "SECURITY_THREAT", "service", "Object storage", "projects", List.of("northwind-erp"),
                "title", "Exposed bucket policy", "details", "A bucket policy allowed public reads.",
                "recommendations", "Rotate the access keys."), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = filed.getBody().path("number").asText();
        Task approve = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();

        ResponseEntity<String> task = as("duty").getForEntity("/api/workspace/tasks/" + approve.getId(), String.class);
        assertThat(task.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(task.getHeaders().getFirst(HttpHeaders.LINK))
                .isEqualTo("</api/workspace/notifications/" + number + ">; rel=\"related\"");
        JsonNode view = read("duty", "/api/workspace/notifications/" + number);
        assertThat(view.path("type").asText()).isEqualTo("SECURITY_THREAT");
        assertThat(view.path("fourEyes").asBoolean()).isTrue();
        assertThat(view.path("status").asText()).isEqualTo("DRAFT");
        assertThat(view.path("projects").toString()).contains("northwind-erp");
        // before sending: the owners it will go to, from the directory
        JsonNode owner = view.path("owners").get(0);
        assertThat(owner.path("login").asText()).isEqualTo("northwind");
        assertThat(owner.path("name").asText()).isEqualTo("Jane Miller");
        assertThat(owner.path("sent").asBoolean()).isFalse();
        // the text as owners read it, in both languages
        assertThat(view.path("texts").findValuesAsText("language")).containsExactly("EN", "RU");
        assertThat(view.path("texts").get(0).path("text").asText()).contains("Exposed bucket policy", "What we recommend");
        assertThat(view.path("texts").get(1).path("text").asText()).contains("Рекомендации");
        assertThat(view.hasNonNull("schedule")).isFalse();
        assertThat(view.path("linkedAppeals")).isEmpty();

        // an agent links an appeal about the event: the next read shows it
        ResponseEntity<JsonNode> appeal = http.postForEntity("/api/appeals", Map.of("channel", "FEEDBACK_FORM",
                "email", "it@northwind.example", "login", "northwind", "project", "northwind-erp",
                "subject", "Bucket readable?", "description", "Is our bucket readable by anyone?"), JsonNode.class);
        String appealNumber = appeal.getBody().path("number").asText();
        assertThat(as("agent").postForEntity("/api/notifications/" + number + "/appeals",
                Map.of("appealNumber", appealNumber), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(read("duty", "/api/workspace/notifications/" + number).path("linkedAppeals").toString())
                .contains(appealNumber);

        JsonNode card = read("duty", "/api/workspace/cards?task=" + approve.getId()).get(0);
        assertThat(card.path("kind").asText()).isEqualTo("NOTIFICATION");
        assertThat(card.path("number").asText()).isEqualTo(number);
        assertThat(card.path("subject").asText()).isEqualTo("Exposed bucket policy");
        assertThat(card.path("customer").asText()).isEqualTo("northwind-erp");
        assertThat(card.path("noticeType").asText()).isEqualTo("SECURITY_THREAT");

        // support agents and sales do not work on notices
        for (String outsider : List.of("agent", "sales")) {
            ResponseEntity<JsonNode> refused = as(outsider).getForEntity("/api/workspace/notifications/" + number,
                    JsonNode.class);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(http.getForEntity("/api/workspace/notifications/" + number, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.getVariablesLocal(approve.getId()).keySet()).doesNotContain("updates");
    }

    // --- helpers

    private String fileCostRequest() {
        ResponseEntity<JsonNode> filed = as("sales").postForEntity("/api/managed-services/requests", Map.of(
                "company", "Northwind Traders", "contactName", "Jane Miller",
                "contactEmail", "jane.miller@northwind.example", "login", "northwind",
                "services", List.of("MONITORING", "INFRASTRUCTURE_AUDIT"),
                "environment", Map.of("vms", 12, "vcpu", 48, "ramGb", 192, "storageTb", 4, "databases", 3,
                        "k8sClusters", 1),
                "language", "EN"), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        return filed.getBody().path("number").asText();
    }

    private Task task(String number, String definitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user);
    }

    private JsonNode read(String user, String path) {
        ResponseEntity<JsonNode> answer = as(user).getForEntity(path, JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s %s %s", user, path, answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
