package org.supportdesk.managedservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Managed Services request through the sales API on PostgreSQL (settings as in
 * docker-compose.yml): filed, qualified, scoped, priced, quoted as a PDF (mailed to the contact's
 * GreenMail mailbox), accepted; the contract then gives the customer's next appeal priority-support
 * deadlines.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase",
        "supportdesk.intake-rate-limit.requests-per-minute=1000",
        "MAIL_FROM=support@desk.test",
        "SALES_EMAIL=sales@desk.test",
        "SMTP_HOST=127.0.0.1",
        "supportdesk.outbox.poll-interval=PT0.2S"})
@DirtiesContext
class ManagedServicesPostgresIT {

    /** The customer's mail server: the quote arrives there by SMTP. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("SMTP_PORT", () -> MAIL.getSmtp().getPort());
    }

    private static final String SALES = "ms-it-sales";
    private static final String AGENT = "ms-it-agent";
    private static final String PASSWORD = "Quote!Desk-2026-Passphrase";

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void staff() {
        org.supportdesk.OutboxLeftovers.settle(jdbc);
        user(SALES, "sales");
        user(AGENT, "support-l1");
    }

    @Test
    void supportAgentsMayNotUseTheSalesApi() {
        ResponseEntity<String> filed = http.withBasicAuth(AGENT, PASSWORD).postForEntity(
                "/api/managed-services/requests", json(filing("someone")), String.class);

        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(AGENT, PASSWORD).getForEntity("/api/managed-services/requests/MS-1",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void badFilingsAreRefusedNamingTheFields() {
        ResponseEntity<JsonNode> refused = http.withBasicAuth(SALES, PASSWORD).postForEntity(
                "/api/managed-services/requests", json("""
                        {"company": "", "contactName": "Anna", "contactEmail": "not-an-address", "login": "x",
                         "services": [], "environment": {"vms": -1}}"""), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().toString()).contains("company", "contactEmail", "services", "environment.vms");
    }

    @Test
    void requestToQuoteToAcceptanceToContractGivesPrioritySupport() throws Exception {
        String login = "romashka-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> filed = http.withBasicAuth(SALES, PASSWORD).postForEntity(
                "/api/managed-services/requests", json(filing(login)), JsonNode.class);
        assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = filed.getBody().path("number").asText();
        assertThat(number).startsWith("MS-");
        assertThat(filed.getBody().path("status").asText()).isEqualTo("NEW");

        Task qualify = open(number, "qualify-request").get(0);
        // presales read the request live in the task's Cost request tab: nothing of it is copied into the task
        assertThat(tasks.getVariablesLocal(qualify.getId())).isEmpty();
        complete(number, "qualify-request", Map.of("qualification", "MORE_INFORMATION",
                "qualificationNote", "Which databases?"));
        complete(number, "add-information", Map.of("addedInformation", "PostgreSQL 15, three clusters"));
        complete(number, "qualify-request", Map.of("qualification", "ACCEPT"));
        assertThat(jdbc.sql("SELECT notes FROM ms_request WHERE request_number = :n").param("n", number)
                .query(String.class).single()).endsWith("PostgreSQL 15, three clusters");
        assertThat(show(number).path("status").asText()).isEqualTo("SCOPING");
        List<Task> scoping = open(number, "scope-service-group");
        assertThat(scoping).hasSize(3);
        for (Task task : scoping) {
            String group = (String) tasks.getVariable(task.getId(), "serviceGroup");
            Map<String, Object> hours = switch (group) {
                case "ADMINISTRATION_24_7" -> Map.of("oneOffHours", 16, "monthlyHours", 20);
                case "AUDIT_AND_CONSULTING" -> Map.of("oneOffHours", 40, "monthlyHours", 0);
                default -> Map.of("oneOffHours", 60, "monthlyHours", 0, "assumptions", "one cutover weekend");
            };
            tasks.setAssignee(task.getId(), "engineer-" + group.toLowerCase());
            tasks.complete(task.getId(), hours);
        }
        JsonNode priced = show(number);
        assertThat(priced.path("status").asText()).isEqualTo("QUOTE_REVIEW");
        assertThat(priced.path("quote").path("oneOffTotal").decimalValue()).isEqualByComparingTo("496000");
        assertThat(priced.path("quote").path("monthlyTotal").decimalValue()).isEqualByComparingTo("350000");
        // the quote is read live in the task's Cost request tab: nothing of it is copied into the task
        assertThat(tasks.getVariablesLocal(open(number, "review-quote").get(0).getId())).isEmpty();

        complete(number, "review-quote", Map.of("discountPercent", 5));
        JsonNode quoted = show(number);
        assertThat(quoted.path("status").asText()).isEqualTo("QUOTE_SENT");
        assertThat(quoted.path("quote").path("oneOffTotal").decimalValue()).isEqualByComparingTo("471200");
        assertThat(quoted.path("quote").path("monthlyTotal").decimalValue()).isEqualByComparingTo("332500");
        assertThat(quoted.path("quote").path("validUntil").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        ResponseEntity<byte[]> pdf = http.withBasicAuth(SALES, PASSWORD).getForEntity(
                quoted.path("quote").path("document").asText(), byte[].class);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("quote-" + number + ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Коммерческое предложение " + number,
                    "471 200.00", "332 500.00", "IT_OUTSOURCING");
        }
        MimeMessage quoteMail = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> mailTo("anna@romashka.example", number), java.util.Optional::isPresent).get();
        assertThat(quoteMail.getSubject()).isEqualTo("[" + number + "] Коммерческое предложение " + number
                + " на услуги Managed Services");
        assertThat(quoteMail.getReplyTo()).extracting(Object::toString).containsExactly("sales@desk.test");
        assertThat(quoteMail.getHeader("Auto-Submitted")).isNull();
        MimeMultipart parts = (MimeMultipart) quoteMail.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("471 200.00", "332 500.00");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("quote-" + number + ".pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf.getBody());

        ResponseEntity<JsonNode> accepted = http.withBasicAuth(SALES, PASSWORD).postForEntity(
                "/api/managed-services/requests/{n}/decision",
                json("{\"accepted\": true, \"contractStart\": \"" + LocalDate.now(ZoneOffset.UTC) + "\"}"),
                JsonNode.class, number);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody().path("status").asText()).isEqualTo("ONBOARDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM managed_services_contract WHERE login = :login")
                .param("login", login).query(Long.class).single()).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).list())
                .extracting(instance -> instance.getProcessDefinitionKey())
                .contains("ms-onboarding-audit", "ms-onboarding-migration", "ms-onboarding-operations");

        Task firstStep = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("ms-onboarding-operations").singleResult();
        tasks.setAssignee(firstStep.getId(), "engineer-ops");
        tasks.complete(firstStep.getId(), Map.of("accessGranted", true, "stepNotes", "VPN and bastion ready"));
        assertThat(show(number).path("onboarding").toString()).contains("ms-onboarding-operations",
                firstStep.getName(), "engineer-ops");

        // a second decision is refused: the quote no longer waits for one
        assertThat(http.withBasicAuth(SALES, PASSWORD).postForEntity("/api/managed-services/requests/{n}/decision",
                json("{\"accepted\": false}"), String.class, number).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> appeal = http.postForEntity("/api/appeals", json("""
                {"channel": "FEEDBACK_FORM", "login": "%s", "project": "shop", "email": "ops@romashka.example",
                 "subject": "Disk is full", "description": "The disk of the database VM is full",
                 "urgency": "HIGH", "impact": "HIGH"}""".formatted(login)), JsonNode.class);
        assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Instant firstResponseDue = Instant.parse(appeal.getBody().path("firstResponseDueAt").asText());
        Instant resolutionDue = Instant.parse(appeal.getBody().path("resolutionDueAt").asText());
        // priority support: first answer in 15 minutes on every channel, a critical one resolved in an hour
        assertThat(Duration.between(Instant.now(), firstResponseDue)).isBetween(Duration.ofMinutes(13),
                Duration.ofMinutes(15));
        assertThat(Duration.between(firstResponseDue, resolutionDue)).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void anAppealAskingForManagedServicesBecomesALeadForSales() {
        ResponseEntity<JsonNode> appeal = http.withBasicAuth(AGENT, PASSWORD).postForEntity("/api/appeals", json("""
                {"channel": "PHONE", "login": "lead-customer", "project": "crm", "email": "cto@lead.example",
                 "contactName": "Pavel Orlov", "subject": "Outsourcing",
                 "description": "We want you to run our infrastructure 24/7, please send a price",
                 "category": "MANAGED_SERVICES"}"""), JsonNode.class);
        assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String appealNumber = appeal.getBody().path("number").asText();

        String lead = jdbc.sql("SELECT request_number FROM ms_request WHERE source_appeal_number = :n")
                .param("n", appealNumber).query(String.class).single();
        JsonNode shown = show(lead);
        assertThat(shown.path("status").asText()).isEqualTo("LEAD");
        assertThat(shown.path("contactEmail").asText()).isEqualTo("cto@lead.example");
        assertThat(shown.path("login").asText()).isEqualTo("lead-customer");
        // who wrote is the contact; the company nobody knows yet is said so, never the project or the login
        assertThat(shown.path("contactName").asText()).isEqualTo("Pavel Orlov");
        assertThat(shown.path("company").asText()).isEqualTo("Company not known yet / Компания пока неизвестна");
        // where it came from, for sales to call back, in English and Russian
        assertThat(jdbc.sql("SELECT notes FROM ms_request WHERE request_number = :n").param("n", lead)
                .query(String.class).single()).startsWith("From appeal " + appealNumber
                + " (Phone), login lead-customer, project crm / Из обращения " + appealNumber
                + " (телефон), логин lead-customer, проект crm:\n");
        assertThat(open(lead, "complete-lead")).hasSize(1);

        // the sales member who completes the lead owns the request from then on, and follows it
        tasks.setAssignee(open(lead, "complete-lead").get(0).getId(), SALES);
        complete(lead, "complete-lead", Map.of("services", "IT_OUTSOURCING,MONITORING", "vms", 30,
                "leadCompany", "Lead Systems LLC"));
        assertThat(open(lead, "qualify-request").get(0).getOwner()).isEqualTo(SALES);
        JsonNode completed = show(lead);
        assertThat(completed.path("company").asText()).isEqualTo("Lead Systems LLC");
        assertThat(completed.path("contactName").asText()).isEqualTo("Pavel Orlov");
        assertThat(completed.path("status").asText()).isEqualTo("NEW");
        assertThat(completed.path("services").toString()).contains("IT_OUTSOURCING", "MONITORING");
        assertThat(completed.path("environment").path("vms").asInt()).isEqualTo(30);
        assertThat(open(lead, "qualify-request")).hasSize(1);
    }

    @Test
    void aLeadFromAKnownCustomerCarriesTheirCompanyAndTheDirectorysContact() {
        String login = "lead-known-" + System.nanoTime();
        String email = "cio@" + login + ".example";
        jdbc.sql("INSERT INTO customer (login, company, language, created_at) VALUES (:login, 'Known Corp', 'EN', "
                + "CURRENT_TIMESTAMP)").param("login", login).update();
        long customer = jdbc.sql("SELECT id FROM customer WHERE login = :login").param("login", login)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO customer_contact (customer_id, name, preferred_channel, address, language) "
                + "VALUES (:customer, 'Irina Volkova', 'MAIL', :email, 'EN')").param("customer", customer)
                .param("email", email).update();
        ResponseEntity<JsonNode> appeal = http.withBasicAuth(AGENT, PASSWORD).postForEntity("/api/appeals", json("""
                {"channel": "PHONE", "login": "%s", "project": "web", "email": "%s",
                 "subject": "Outsourcing", "description": "Please run our servers for us, what would it cost?",
                 "category": "MANAGED_SERVICES"}""".formatted(login, email)), JsonNode.class);
        assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String lead = jdbc.sql("SELECT request_number FROM ms_request WHERE source_appeal_number = :n")
                .param("n", appeal.getBody().path("number").asText()).query(String.class).single();
        JsonNode shown = show(lead);
        assertThat(shown.path("company").asText()).isEqualTo("Known Corp");
        assertThat(shown.path("contactName").asText()).isEqualTo("Irina Volkova");
        assertThat(shown.path("contactEmail").asText()).isEqualTo(email);
    }

    private static java.util.Optional<MimeMessage> mailTo(String address, String number) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1))) {
            if (message.getSubject().contains(number)) {
                return java.util.Optional.of(message);
            }
        }
        return java.util.Optional.empty();
    }

    private JsonNode show(String number) {
        ResponseEntity<JsonNode> shown = http.withBasicAuth(SALES, PASSWORD)
                .getForEntity("/api/managed-services/requests/{n}", JsonNode.class, number);
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        return shown.getBody();
    }

    private List<Task> open(String number, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).list();
    }

    private void complete(String number, String taskKey, Map<String, Object> variables) {
        List<Task> found = open(number, taskKey);
        assertThat(found).as(taskKey).hasSize(1);
        tasks.complete(found.get(0).getId(), variables);
    }

    private static String filing(String login) {
        return """
                {"company": "ООО «Ромашка»", "contactName": "Анна Смирнова", "contactEmail": "anna@romashka.example",
                 "login": "%s",
                 "services": ["IT_OUTSOURCING", "MONITORING", "INFRASTRUCTURE_AUDIT", "MIGRATION"],
                 "environment": {"vms": 24, "vcpu": 96, "ramGb": 384, "storageTb": 12.5, "databases": 3,
                                 "k8sClusters": 1},
                 "desiredStart": "2026-12-01", "notes": "Переезд из собственного ЦОД", "language": "RU"}
                """.formatted(login);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private void user(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            user.setFirstName(id);
            user.setLastName("Test");
            user.setEmail(id + "@desk.test");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
