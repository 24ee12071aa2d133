package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
    @Autowired
    IdentityService identity;
    @Autowired
    FormService forms;

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
        assertThat(view.path("filedBy").asText()).isEqualTo("Sara Sales");
        assertThat(view.hasNonNull("quote")).isFalse();
        assertThat(view.path("decisions").findValuesAsText("kind")).containsExactly("FILED");

        // presales accept, engineers scope: the same address now shows the scoping and the engineer's hours
        tasks.complete(qualify.getId(), Map.of("qualification", "ACCEPT"));
        List<Task> scoping = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("scope-service-group").list();
        assertThat(scoping).hasSize(2);
        // each parallel scoping task says which service group it is for: its card, its link, its tab
        String ids = scoping.stream().map(t -> "task=" + t.getId()).collect(java.util.stream.Collectors.joining("&"));
        JsonNode scopingCards = read("presales", "/api/workspace/cards?" + ids);
        assertThat(scopingCards.findValuesAsText("serviceGroup"))
                .containsExactlyInAnyOrder("ADMINISTRATION_24_7", "AUDIT_AND_CONSULTING");
        for (Task scope : scoping) {
            String group = (String) tasks.getVariable(scope.getId(), "serviceGroup");
            String link = "/api/workspace/cost-requests/" + number + "?serviceGroup=" + group;
            assertThat(as("presales").getForEntity("/api/workspace/tasks/" + scope.getId(), String.class)
                    .getHeaders().getFirst(HttpHeaders.LINK)).isEqualTo("<" + link + ">; rel=\"related\"");
            assertThat(read("presales", link).path("serviceGroup").asText()).isEqualTo(group);
        }
        assertThat(read("presales", "/api/workspace/cost-requests/" + number).hasNonNull("serviceGroup")).isFalse();
        ResponseEntity<JsonNode> noGroup = as("presales").getForEntity(
                "/api/workspace/cost-requests/" + number + "?serviceGroup=KITCHEN", JsonNode.class);
        assertThat(noGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noGroup.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(noGroup.getBody().toString()).contains("serviceGroup");
        tasks.setAssignee(scoping.get(0).getId(), "presales");
        tasks.complete(scoping.get(0).getId(), Map.of("oneOffHours", 16, "monthlyHours", 8,
                "assumptions", "Two data centres"));
        JsonNode scoped = read("presales", "/api/workspace/cost-requests/" + number);
        assertThat(scoped.path("status").asText()).isIn("SCOPING", "QUOTE_REVIEW");
        JsonNode decision = scoped.path("decisions").get(1);
        assertThat(decision.path("kind").asText()).isEqualTo("SCOPED");
        assertThat(decision.path("by").asText()).isEqualTo("Paul Presales");
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
        assertThat(card.path("owners").toString()).contains("Jane Miller");

        // another engineer asks for changes: the revision opens with the row's text and writes it back there
        assertThat(forms.getTaskFormVariables(approve.getId()).keySet())
                .doesNotContain("title", "details", "recommendations");
        tasks.setAssignee(approve.getId(), "admin");
        tasks.complete(approve.getId(), Map.of("approval", "CHANGES_REQUESTED", "approvalNote", "Name the bucket."));
        Task revise = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(revise.getTaskDefinitionKey()).isEqualTo("UserTask_ReviseNoticeText");
        assertThat(revise.getAssignee()).isEqualTo("duty");
        assertThat(forms.getTaskFormVariables(revise.getId()).getValue("title", String.class))
                .isEqualTo("Exposed bucket policy");
        assertThat(forms.getTaskFormVariables(revise.getId()).getValue("details", String.class))
                .isEqualTo("A bucket policy allowed public reads.");
        tasks.complete(revise.getId(), Map.of("title", "Exposed policy of bucket backups-01",
                "details", "The policy of bucket backups-01 allowed public reads.",
                "recommendations", "Rotate the access keys of backups-01."));
        JsonNode revised = read("duty", "/api/workspace/notifications/" + number);
        assertThat(revised.path("title").asText()).isEqualTo("Exposed policy of bucket backups-01");
        assertThat(revised.path("texts").get(0).path("text").asText()).contains("Rotate the access keys of backups-01.");
        assertThat(runtime.getVariables(revise.getProcessInstanceId()).keySet())
                .doesNotContain("title", "details", "recommendations", "service", "region", "projects");

        // approved by another engineer and sent: the owners keep their names beside their acknowledgements
        Task secondApproval = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        tasks.setAssignee(secondApproval.getId(), "admin");
        tasks.complete(secondApproval.getId(), Map.of("approval", "APPROVED"));
        JsonNode sent = read("duty", "/api/workspace/notifications/" + number);
        assertThat(sent.path("status").asText()).isEqualTo("SENT");
        assertThat(sent.path("title").asText()).isEqualTo("Exposed policy of bucket backups-01");
        JsonNode recipient = sent.path("owners").get(0);
        assertThat(recipient.path("sent").asBoolean()).isTrue();
        assertThat(recipient.path("login").asText()).isEqualTo("northwind");
        assertThat(recipient.path("name").asText()).isEqualTo("Jane Miller");
        Task update = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(read("duty", "/api/workspace/cards?task=" + update.getId()).get(0).path("owners").toString())
                .contains("Jane Miller");

        // support agents and sales do not work on notices
        for (String outsider : List.of("agent", "sales")) {
            ResponseEntity<JsonNode> refused = as(outsider).getForEntity("/api/workspace/notifications/" + number,
                    JsonNode.class);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(http.getForEntity("/api/workspace/notifications/" + number, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.getVariablesLocal(update.getId()).keySet()).doesNotContain("updates");
    }

    @Test
    void anOnboardingTaskShowsItsRequestContractAndStepsToTheManagedServicesTeamOnly() {
        String number = fileCostRequest();
        acceptQuote(number);
        Task kickOff = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("ms-onboarding-audit").singleResult();
        assertThat(kickOff).isNotNull();

        // the onboarding task names its request and the onboarding it belongs to
        ResponseEntity<String> task = as("presales").getForEntity("/api/workspace/tasks/" + kickOff.getId(),
                String.class);
        assertThat(task.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String link = "/api/workspace/cost-requests/" + number + "?onboarding=ms-onboarding-audit";
        assertThat(task.getHeaders().getFirst(HttpHeaders.LINK)).isEqualTo("<" + link + ">; rel=\"related\"");
        JsonNode view = read("presales", link);
        assertThat(view.path("onboarding").asText()).isEqualTo("ms-onboarding-audit");
        assertThat(view.path("status").asText()).isEqualTo("ONBOARDING");
        assertThat(view.path("company").asText()).isEqualTo("Northwind Traders");
        assertThat(view.path("contract").path("services").toString()).contains("MONITORING", "INFRASTRUCTURE_AUDIT");
        assertThat(view.path("contract").path("active").asBoolean()).isTrue();
        assertThat(view.path("decisions").findValuesAsText("kind")).contains("FILED", "SCOPED", "QUOTE_SENT",
                "ACCEPTED");
        assertThat(view.path("onboardingSteps")).isEmpty();

        // a completed step shows on the next read, with who completed it
        tasks.setAssignee(kickOff.getId(), "presales");
        tasks.complete(kickOff.getId(), Map.of("meetingDate", "2030-05-10", "participants", "Jane Miller",
                "stepNotes", "Scope agreed"));
        JsonNode step = read("presales", link).path("onboardingSteps").get(0);
        assertThat(step.path("onboarding").asText()).isEqualTo("ms-onboarding-audit");
        assertThat(step.path("step").asText()).isEqualTo(kickOff.getName());
        assertThat(step.path("completedBy").asText()).isEqualTo("Paul Presales");
        assertThat(step.hasNonNull("completedAt")).isTrue();

        // the queue card: an onboarding step of the request, whose, which services
        Task next = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("ms-onboarding-audit").singleResult();
        JsonNode card = read("presales", "/api/workspace/cards?task=" + next.getId()).get(0);
        assertThat(card.path("kind").asText()).isEqualTo("ONBOARDING");
        assertThat(card.path("number").asText()).isEqualTo(number);
        assertThat(card.path("customer").asText()).isEqualTo("Northwind Traders");
        assertThat(card.path("state").asText()).isEqualTo("ONBOARDING");
        assertThat(card.path("services").toString()).contains("INFRASTRUCTURE_AUDIT");

        // the sales member who filed the request follows it, without working on onboarding
        assertThat(read("sales", link).path("onboarding").asText()).isEqualTo("ms-onboarding-audit");
        assertThat(as("sales").getForEntity("/api/workspace/tasks/" + next.getId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // support agents, duty engineers and sales leads do not work on onboarding
        for (String outsider : List.of("agent", "duty", "saleslead")) {
            ResponseEntity<JsonNode> refused = as(outsider).getForEntity(link, JsonNode.class);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(as(outsider).getForEntity("/api/workspace/tasks/" + next.getId(), String.class)
                    .getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(read(outsider, "/api/workspace/cards?task=" + next.getId())).as(outsider).isEmpty();
        }
        // nothing of the request is copied into the onboarding
        assertThat(runtime.getVariables(next.getProcessInstanceId()).keySet())
                .doesNotContain("company", "contactName", "services", "customer");
    }

    @Test
    void informationRoundsDiscountApprovalsAndADeclineAreDecisionsWithWhoAndWhen() {
        String number = fileCostRequest();
        completeAs("presales", task(number, "qualify-request"), Map.of("qualification", "MORE_INFORMATION",
                "qualificationNote", "Which regions?"));
        completeAs("sales", task(number, "add-information"), Map.of("addedInformation", "Moscow and Novosibirsk"));
        completeAs("presales", task(number, "qualify-request"), Map.of("qualification", "ACCEPT"));
        for (Task scoping : tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("scope-service-group").list()) {
            completeAs("presales", scoping, Map.of("oneOffHours", 8, "monthlyHours", 4));
        }
        tasks.complete(task(number, "review-quote").getId(), Map.of("discountPercent", 25));
        completeAs("saleslead", task(number, "approve-discount"), Map.of("discountApproval", "REJECTED",
                "approvalNote", "Too much for a first year"));
        tasks.complete(task(number, "review-quote").getId(), Map.of("discountPercent", 15));
        completeAs("saleslead", task(number, "approve-discount"), Map.of("discountApproval", "APPROVED"));

        JsonNode decisions = read("sales", "/api/workspace/cost-requests/" + number).path("decisions");
        assertThat(decisions.findValuesAsText("kind")).containsExactly("FILED", "INFORMATION_REQUESTED",
                "INFORMATION_ADDED", "SCOPED", "SCOPED", "DISCOUNT_REJECTED", "DISCOUNT_APPROVED", "QUOTE_SENT");
        assertThat(decisions.findValuesAsText("by")).containsSubsequence("Sara Sales", "Paul Presales", "Sara Sales", "Paul Presales",
                "Paul Presales", "Sofia Saleslead", "Sofia Saleslead");
        for (JsonNode decision : decisions) {
            assertThat(decision.hasNonNull("at")).as("%s", decision).isTrue();
        }
        assertThat(decisions.get(1).path("note").asText()).isEqualTo("Which regions?");
        assertThat(decisions.get(2).path("note").asText()).isEqualTo("Moscow and Novosibirsk");
        assertThat(decisions.get(5).path("discountPercent").decimalValue()).isEqualByComparingTo("25");
        assertThat(decisions.get(5).path("note").asText()).isEqualTo("Too much for a first year");
        assertThat(decisions.get(6).path("discountPercent").decimalValue()).isEqualByComparingTo("15");
        // nothing of it stays in the process: the decisions are the desk's rows
        assertThat(runtime.getVariables(task(number, "record-customer-decision").getProcessInstanceId()))
                .doesNotContainKeys("decisions", "approvals");

        // a decline: its reason, who declined and when
        String declined = fileCostRequest();
        completeAs("presales", task(declined, "qualify-request"), Map.of("qualification", "DECLINE",
                "qualificationNote", "We do not run mainframes"));
        JsonNode decline = read("presales", "/api/workspace/cost-requests/" + declined).path("decisions").get(1);
        assertThat(decline.path("kind").asText()).isEqualTo("DECLINED");
        assertThat(decline.path("by").asText()).isEqualTo("Paul Presales");
        assertThat(decline.path("note").asText()).isEqualTo("We do not run mainframes");
        assertThat(decline.hasNonNull("at")).isTrue();
    }

    @Test
    void theSalesApiShowsARequestOnlyToWhomItBelongs() {
        String number = fileCostRequest();
        String path = "/api/managed-services/requests/" + number;
        if (identity.createUserQuery().userId("sales2").count() == 0) {
            User other = identity.newUser("sales2");
            other.setPassword("sales2");
            identity.saveUser(other);
            identity.createMembership("sales2", "sales");
        }
        // who filed it, and the Managed Services team, who work on every onboarding
        assertThat(read("sales", path).path("number").asText()).isEqualTo(number);
        assertThat(read("presales", path).path("number").asText()).isEqualTo(number);
        // another sales member and a sales lead with no task of it: as if there were no such request
        for (String outsider : List.of("sales2", "saleslead")) {
            ResponseEntity<JsonNode> refused = as(outsider).getForEntity(path, JsonNode.class);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody().toString()).doesNotContain("Northwind");
            assertThat(as(outsider).getForEntity(path + "/quote.pdf", String.class).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(as(outsider).postForEntity(path + "/decision", Map.of("accepted", false), String.class)
                    .getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(as(outsider).getForEntity("/api/workspace/cost-requests/" + number, String.class)
                    .getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
        }
        // a sales lead reads it while a discount of it waits for their approval
        tasks.complete(task(number, "qualify-request").getId(), Map.of("qualification", "ACCEPT"));
        for (Task scoping : tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("scope-service-group").list()) {
            completeAs("presales", scoping, Map.of("oneOffHours", 8, "monthlyHours", 4));
        }
        tasks.complete(task(number, "review-quote").getId(), Map.of("discountPercent", 25));
        assertThat(read("saleslead", path).path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(as("sales2").getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // an unknown number answers the same way
        assertThat(as("sales").getForEntity("/api/managed-services/requests/MS-999999", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
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

    /** Presales accept, engineers scope every group, sales send the quote and the customer accepts it. */
    private void acceptQuote(String number) {
        tasks.complete(task(number, "qualify-request").getId(), Map.of("qualification", "ACCEPT"));
        for (Task scoping : tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("scope-service-group").list()) {
            tasks.setAssignee(scoping.getId(), "presales");
            tasks.complete(scoping.getId(), Map.of("oneOffHours", 8, "monthlyHours", 4));
        }
        tasks.complete(task(number, "review-quote").getId(), Map.of("discountPercent", 0));
        ResponseEntity<JsonNode> accepted = as("sales").postForEntity(
                "/api/managed-services/requests/" + number + "/decision",
                Map.of("accepted", true, "contractStart", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()),
                JsonNode.class);
        assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.OK);
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
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
