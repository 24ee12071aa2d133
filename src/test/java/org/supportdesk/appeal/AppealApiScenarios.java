package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
import org.supportdesk.vocabulary.Priority;

/**
 * The appeal API as customers, agents and integrations use it, over real HTTP against the whole
 * application. Run on H2 and on PostgreSQL by the subclasses. The database may hold earlier
 * runs' data, so every check looks at its own appeal.
 *
 * <p>Camunda registers the application's engine as "default" in a JVM-wide registry used by its
 * REST API and webapps, so each test application is closed before the next one starts.
 */
@DirtiesContext
abstract class AppealApiScenarios {

    static final String STAFF_USER = "it-agent";
    static final String STAFF_PASSWORD = "Triage!Queue-2026x";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void staffUser() {
        if (identity.createUserQuery().userId(STAFF_USER).count() == 0) {
            User user = identity.newUser(STAFF_USER);
            user.setFirstName("Integration");
            user.setLastName("Agent");
            user.setPassword(STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(STAFF_USER, "support-l1");
        }
        if (identity.createUserQuery().userId(STAFF_USER).memberOfGroup("duty-engineers").count() == 0) {
            identity.createMembership(STAFF_USER, "duty-engineers");
        }
    }

    @Test
    void feedbackFormAppealGetsPriorityDeadlinesAndAcknowledgement() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "anna@example.com",
                "login", "anna", "project", "shop-prod", "subject", "Instances unreachable",
                "description", "All instances in project shop-prod stopped answering on port 443 at 10:05 UTC.",
                "urgency", "HIGH", "impact", "HIGH")));

        assertThat(created.path("status").asText()).isEqualTo("OPEN");
        assertThat(created.path("priority").asText()).isEqualTo("CRITICAL");
        assertThat(created.path("accessToken").asText()).hasSizeGreaterThanOrEqualTo(40);
        Instant received = appealRow(created).receivedAt();
        assertThat(Instant.parse(created.path("firstResponseDueAt").asText())).isEqualTo(received.plus(Duration.ofHours(1)));
        assertThat(Instant.parse(created.path("resolutionDueAt").asText())).isEqualTo(received.plus(Duration.ofHours(2)));
        assertThat(created.has("rejectionReason")).isFalse();

        JsonNode view = getAsCustomer(created).getBody();
        JsonNode ack = view.path("messages").get(0);
        assertThat(ack.path("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(ack.path("body").asText()).contains(created.path("number").asText())
                .contains("screenshots, logs").doesNotContain("login of your account");
        assertThat(ack.has("author")).isFalse();
    }

    @Test
    void deadlinesFollowChannelAndPriorityFromTheSlaTable() throws Exception {
        JsonNode telegram = created(post(staff(), Map.of("channel", "TELEGRAM", "description",
                "The load balancer returns 502 for half of the requests since the morning.",
                "urgency", "MEDIUM", "impact", "MEDIUM")));
        Instant received = appealRow(telegram).receivedAt();
        assertThat(telegram.path("priority").asText()).isEqualTo("MIDDLE");
        assertThat(Instant.parse(telegram.path("firstResponseDueAt").asText())).isEqualTo(received.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(telegram.path("resolutionDueAt").asText())).isEqualTo(received.plus(Duration.ofHours(8)));

        JsonNode phone = created(post(staff(), Map.of("channel", "PHONE", "login", "caller", "description",
                "Caller cannot reach the object storage bucket from their office network.", "urgency", "LOW",
                "impact", "HIGH")));
        Appeal phoneRow = appealRow(phone);
        assertThat(phone.path("priority").asText()).isEqualTo("MIDDLE");
        assertThat(phoneRow.firstAnsweredAt()).isEqualTo(phoneRow.receivedAt());
        assertThat(Instant.parse(phone.path("resolutionDueAt").asText()))
                .isEqualTo(phoneRow.receivedAt().plus(Duration.ofHours(12)));
        assertThat(phoneRow.registeredBy()).isEqualTo(STAFF_USER);
    }

    @Test
    void managedServicesCustomersGetPrioritySupport() throws Exception {
        String login = "ms-customer-" + System.nanoTime();
        jdbc.sql("INSERT INTO managed_services_contract (login, company, starts_on, created_at) "
                        + "VALUES (:login, 'Acme', :start, CURRENT_TIMESTAMP)")
                .param("login", login).param("start", LocalDate.now().minusDays(1)).update();

        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "ops@acme.example",
                "login", login, "description", "Database cluster failover did not happen, the primary is down.",
                "urgency", "HIGH", "impact", "HIGH")));

        Instant received = appealRow(created).receivedAt();
        assertThat(Instant.parse(created.path("firstResponseDueAt").asText())).isEqualTo(received.plus(Duration.ofMinutes(15)));
        assertThat(Instant.parse(created.path("resolutionDueAt").asText())).isEqualTo(received.plus(Duration.ofHours(1)));
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(created.path("number").asText()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(triage.getId()))
                .anyMatch(link -> "managed-services".equals(link.getGroupId()));
    }

    @Test
    void outOfScopeTextIsRejectedPolitelyInTheCustomersLanguage() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "petr@example.ru",
                "description", "Помогите найти ошибку в моём коде на Python, скрипт падает с KeyError")));

        assertThat(created.path("status").asText()).isEqualTo("REJECTED");
        assertThat(created.path("category").asText()).isEqualTo("CODE_DEBUGGING");
        assertThat(created.path("rejectionReason").asText()).containsPattern("[а-яА-Я]{5,}")
                .contains(created.path("number").asText());
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(created.path("number").asText()).count()).isZero();
        assertThat(appealRow(created).rejectionCode()).isEqualTo("CODE_DEBUGGING");
    }

    @Test
    void wrongRejectionIsExplainedAndCorrectedByAnAgent() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "olga@example.ru",
                "description", "Debug my Python code please: boto3 gets AccessDenied from your S3")));
        String number = created.path("number").asText();
        assertThat(created.path("status").asText()).isEqualTo("REJECTED");

        // why: the category, where it came from, the classifier's suggestion and its model version
        JsonNode why = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/appeals/" + number, JsonNode.class).getBody().path("competencyDecisions");
        assertThat(why).hasSize(1);
        assertThat(why.get(0).path("source").asText()).isEqualTo("RULE");
        assertThat(why.get(0).path("handling").asText()).isEqualTo("REJECT");
        assertThat(why.get(0).path("suggestedCategory").asText()).isNotBlank();
        assertThat(why.get(0).path("confidence").asDouble()).isBetween(0.0, 1.0);
        // the confidence the thresholds weigh: that the text is where its suggested category belongs
        assertThat(why.get(0).path("scopeConfidence").isNumber()).isTrue();
        assertThat(why.get(0).path("scopeConfidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(why.get(0).path("modelVersion").asText()).matches("[0-9a-f]{12}");
        assertThat(getAsCustomer(created).getBody().has("competencyDecisions")).isFalse();

        // the customer cannot reopen it; an agent can, only under an in-scope category
        assertThat(http.exchange("/api/appeals/" + number + "/reopen-in-scope", HttpMethod.POST,
                new HttpEntity<>(Map.of("category", "TROUBLESHOOTING"), customer(created)), JsonNode.class)
                .getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertProblem(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity(
                "/api/appeals/" + number + "/reopen-in-scope", Map.of("category", "CODE_DEBUGGING"), JsonNode.class),
                HttpStatus.BAD_REQUEST, "category");
        ResponseEntity<JsonNode> reopened = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity(
                "/api/appeals/" + number + "/reopen-in-scope", Map.of("category", "TROUBLESHOOTING"), JsonNode.class);

        assertThat(reopened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reopened.getBody().path("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.getBody().path("category").asText()).isEqualTo("TROUBLESHOOTING");
        assertThat(reopened.getBody().path("competencyDecisions")).hasSize(3);
        assertThat(reopened.getBody().path("competencyDecisions").get(1).path("decidedBy").asText())
                .isEqualTo(STAFF_USER);
        // the agent's decision keeps the suggestion it overruled, with both confidences
        assertThat(reopened.getBody().path("competencyDecisions").get(1).path("scopeConfidence").asDouble())
                .isEqualTo(why.get(0).path("scopeConfidence").asDouble());
        assertThat(task(number).getTaskDefinitionKey()).isEqualTo("UserTask_TriageAppeal");
        assertThat(appealRow(created).rejectionCode()).isNull();
        assertThat(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity(
                "/api/appeals/" + number + "/reopen-in-scope", Map.of("category", "TROUBLESHOOTING"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // the correction is a labelled example modelers export as a corpus line; agents may not read them
        if (identity.createUserQuery().userId("it-modeler").count() == 0) {
            User modeler = identity.newUser("it-modeler");
            modeler.setPassword(STAFF_PASSWORD);
            identity.saveUser(modeler);
            identity.createMembership("it-modeler", "process-modelers");
        }
        ResponseEntity<String> lines = http.withBasicAuth("it-modeler", STAFF_PASSWORD)
                .getForEntity("/api/competency/examples.tsv?disagreements=false", String.class);
        assertThat(lines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(lines.getBody()).startsWith("category\ttext\n")
                .contains("TROUBLESHOOTING\tDebug my Python code please: boto3 gets AccessDenied from your S3");
        assertThat(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/competency/examples", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("it-modeler", STAFF_PASSWORD)
                .getForEntity("/api/competency/model", JsonNode.class).getBody().path("corpusSize").asInt())
                .isGreaterThanOrEqualTo(600);
    }

    @Test
    void unsureTextIsLeftForTriageNeverRejected() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "x@example.com",
                "description", "Hello, I have a question, please call me back.")));

        assertThat(created.path("status").asText()).isEqualTo("OPEN");
        assertThat(created.path("category").asText()).isEqualTo("UNCLASSIFIED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(created.path("number").asText())
                .taskDefinitionKey("UserTask_TriageAppeal").count()).isEqualTo(1);
    }

    @Test
    void agentTriagesAsksRepliesAndResolves() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "kate@example.com",
                "description", "Our Kubernetes cluster nodes are NotReady since the maintenance window.")));
        String number = created.path("number").asText();

        // as in Tasklist: the engine runs the delegates as the agent who completes the task
        identity.setAuthentication(STAFF_USER, List.of("support-l1"));
        try {
            triageAskReplyAndResolve(created, number);
        } finally {
            identity.clearAuthentication();
        }
    }

    private void triageAskReplyAndResolve(JsonNode created, String number) {
        Task triage = task(number);
        // due at the next deadline, the first answer, which the follow-up date marks too
        assertThat(triage.getDueDate().toInstant()).isEqualTo(appealRow(created).firstResponseDueAt());
        assertThat(triage.getFollowUpDate().toInstant()).isEqualTo(appealRow(created).firstResponseDueAt());
        // nothing of the appeal is copied onto the task: the workspace reads it live
        assertThat(tasks.getVariablesLocal(triage.getId())).isEmpty();
        tasks.claim(triage.getId(), STAFF_USER);
        tasks.complete(triage.getId(), Map.of("triageDecision", "ASK_CUSTOMER", "category", "RESOURCE_DIAGNOSTICS",
                "urgency", "HIGH", "impact", "MEDIUM", "reply", "Which cluster and project is it?"));

        assertThat(appealRow(created).status()).isEqualTo(AppealStatus.WAITING_FOR_CUSTOMER);
        assertThat(appealRow(created).firstAnsweredAt()).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();

        ResponseEntity<JsonNode> reply = http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(Map.of("body", "Cluster k8s-prod in project shop-prod"), customer(created)),
                JsonNode.class);
        assertThat(reply.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(appealRow(created).status()).isEqualTo(AppealStatus.OPEN);
        assertThat(appealRow(created).waitingSince()).isNull();

        Task again = task(number);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("UserTask_TriageAppeal");
        tasks.claim(again.getId(), STAFF_USER);
        tasks.complete(again.getId(), Map.of("triageDecision", "ACCEPT", "category", "RESOURCE_DIAGNOSTICS",
                "urgency", "HIGH", "impact", "MEDIUM"));
        Appeal accepted = appealRow(created);
        assertThat(accepted.status()).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(jdbc.sql("SELECT chosen_category FROM competency_example WHERE appeal_id = :id")
                .param("id", accepted.id()).query(String.class).list()).containsExactly("RESOURCE_DIAGNOSTICS");
        assertThat(accepted.priority()).isEqualTo(Priority.HIGH);
        // recomputed from the received time, plus the time spent waiting for the customer
        assertThat(accepted.resolutionDueAt())
                .isEqualTo(accepted.receivedAt().plus(Duration.ofHours(8)).plusSeconds(accepted.pausedSeconds()));

        Task work = task(number);
        assertThat(work.getAssignee()).isEqualTo(STAFF_USER);
        assertThat(work.getDueDate().toInstant()).isEqualTo(accepted.resolutionDueAt());
        tasks.complete(work.getId(), Map.of("workOutcome", "RESOLVE", "reply", "Nodes are Ready again.",
                "internalNote", "Kubelet certificates had expired."));

        assertThat(appealRow(created).status()).isEqualTo(AppealStatus.RESOLVED);
        JsonNode customerView = getAsCustomer(created).getBody();
        assertThat(customerView.path("messages").findValuesAsText("body"))
                .contains("Which cluster and project is it?", "Cluster k8s-prod in project shop-prod",
                        "Nodes are Ready again.")
                .doesNotContain("Kubelet certificates had expired.");
        JsonNode staffView = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/appeals/" + number, JsonNode.class).getBody();
        assertThat(staffView.path("messages").findValuesAsText("body")).contains("Kubelet certificates had expired.");

        // the customer writes after the resolution: reopened, the resolution clock starts again
        http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(Map.of("body", "Node 3 is NotReady again."), customer(created)), JsonNode.class);
        Appeal reopened = appealRow(created);
        assertThat(reopened.status()).isEqualTo(AppealStatus.IN_PROGRESS);
        assertThat(reopened.reopenedAt()).isNotNull();
        assertThat(reopened.resolutionDueAt()).isEqualTo(reopened.reopenedAt().plus(Duration.ofHours(8)));
        Task reopenedWork = task(number);
        assertThat(reopenedWork.getAssignee()).isEqualTo(STAFF_USER);
        tasks.complete(reopenedWork.getId(), Map.of("workOutcome", "RESOLVE", "reply", "Replaced node 3."));

        // the customer confirms: closed, and it takes no more messages
        ResponseEntity<Void> confirmed = http.exchange("/api/appeals/" + number + "/confirm", HttpMethod.POST,
                new HttpEntity<>(customer(created)), Void.class);
        assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(appealRow(created).status()).isEqualTo(AppealStatus.CLOSED);
        assertThat(appealRow(created).closedAt()).isNotNull();
        assertThat(http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(Map.of("body", "thanks"), customer(created)), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void dutyEngineersSeeThePageOfACriticalAppeal() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "d@example.com",
                "description", "Every VM in our project lost its network at once, production is down.",
                "urgency", "HIGH", "impact", "HIGH")));
        assertThat(created.path("priority").asText()).isEqualTo("CRITICAL");

        ResponseEntity<JsonNode> notices = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/staff/notifications?limit=20", JsonNode.class);

        assertThat(notices.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(notices.getBody().findValuesAsText("appeal")).contains(created.path("number").asText());
        assertThat(notices.getBody().findValuesAsText("kind")).contains("CRITICAL_PAGE");
        assertThat(http.getForEntity("/api/staff/notifications", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertProblem(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/staff/notifications?limit=0", JsonNode.class), HttpStatus.BAD_REQUEST, "limit");
    }

    @Test
    void staffNoticesAreWordedInTheReadersLanguageAndTimeZone() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "z@example.com",
                "description", "The managed database cluster is down for every customer of ours since noon.",
                "urgency", "HIGH", "impact", "HIGH")));
        String number = created.path("number").asText();
        Instant due = Instant.parse(created.path("firstResponseDueAt").asText());
        // a sales notice, and one stored before notices kept their parts: shown as it was written
        String quote = "MS-" + number;
        jdbc.sql("""
                INSERT INTO staff_notification (recipient_user, kind, subject_number, company, mentioned_date, created_at)
                VALUES (:user, 'QUOTE_EXPIRING', :quote, 'Romashka LLC', DATE '2026-12-05', CURRENT_TIMESTAMP)""")
                .param("user", STAFF_USER).param("quote", quote).update();
        String oldBody = "Level 1: no first answer on " + number + " since 2026-12-01 14:30 MSK"
                + " / Уровень 1: нет первого ответа по " + number + " с 2026-12-01 14:30 MSK";
        jdbc.sql("""
                INSERT INTO staff_notification (recipient_user, kind, body, created_at)
                VALUES (:user, 'FIRST_RESPONSE_BREACH', :body, CURRENT_TIMESTAMP)""")
                .param("user", STAFF_USER).param("body", oldBody).update();

        // no zone chosen: the desk's, Moscow
        ResponseEntity<JsonNode> russian = staffNotices("ru-RU,ru;q=0.9,en;q=0.8");
        assertThat(russian.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
        assertThat(textsAbout(russian.getBody(), number)).containsExactly("Критическое обращение " + number
                + " (форма обратной связи): первый ответ до " + at(due, "ru", "Europe/Moscow") + " МСК");
        assertThat(russian.getBody().findValuesAsText("text")).contains(oldBody,
                "Предложение " + quote + " для Romashka LLC действует до 5 дек. 2026; клиент ещё не ответил.");

        setTimeZone("Asia/Novosibirsk");
        try {
            ResponseEntity<JsonNode> english = staffNotices("en-GB,en;q=0.9");
            assertThat(english.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
            assertThat(textsAbout(english.getBody(), number)).containsExactly("Critical appeal " + number
                    + " via Feedback form: first answer due " + at(due, "en", "Asia/Novosibirsk")
                    + " GMT+7 (Asia/Novosibirsk)");
            assertThat(english.getBody().findValuesAsText("text")).contains(oldBody,
                    "The quote " + quote + " for Romashka LLC expires on 5 Dec 2026; the customer has not answered yet.");
            assertThat(english.getBody().findValuesAsText("subject")).contains(quote);
        } finally {
            setTimeZone("");
        }
        // no Accept-Language: the desk's language, Russian unless the deployment says otherwise
        assertThat(textsAbout(staffNotices(null).getBody(), number)).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("Критическое обращение " + number);
    }

    private ResponseEntity<JsonNode> staffNotices(String acceptLanguage) {
        HttpHeaders headers = new HttpHeaders();
        if (acceptLanguage != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        ResponseEntity<JsonNode> answer = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).exchange(
                "/api/staff/notifications?limit=20", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private static List<String> textsAbout(JsonNode notices, String number) {
        List<String> texts = new ArrayList<>();
        notices.forEach(notice -> {
            if (number.equals(notice.path("appeal").asText())) {
                texts.add(notice.path("text").asText());
            }
        });
        return texts;
    }

    private static String at(Instant instant, String language, String zone) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag(language))
                .withZone(ZoneId.of(zone)).format(instant);
    }

    private void setTimeZone(String zone) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).exchange("/api/workspace/settings", HttpMethod.PUT,
                new HttpEntity<>(Map.of("timeZone", zone), headers), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void staffChangeThePriorityAtAnyTime() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "p@example.com",
                "description", "The DNS zone of our project does not resolve from outside since the morning.",
                "urgency", "LOW", "impact", "LOW")));
        String number = created.path("number").asText();
        assertThat(created.path("priority").asText()).isEqualTo("LOW");

        HttpHeaders headers = staff();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> changed = http.exchange("/api/appeals/" + number + "/priority", HttpMethod.PUT,
                new HttpEntity<>(Map.of("urgency", "HIGH", "impact", "HIGH"), headers), JsonNode.class);

        assertThat(changed.getStatusCode()).as("%s", changed.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody().path("priority").asText()).isEqualTo("CRITICAL");
        Appeal appeal = appealRow(created);
        assertThat(appeal.resolutionDueAt()).isEqualTo(appeal.receivedAt().plus(Duration.ofHours(2)));
        // not answered yet: the task is due at the (recomputed) first-answer deadline
        assertThat(task(number).getDueDate().toInstant()).isEqualTo(appeal.firstResponseDueAt());
        assertThat(task(number).getFollowUpDate().toInstant()).isEqualTo(appeal.firstResponseDueAt());

        HttpHeaders anonymous = new HttpHeaders();
        anonymous.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.exchange("/api/appeals/" + number + "/priority", HttpMethod.PUT,
                new HttpEntity<>(Map.of("urgency", "LOW"), anonymous), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void internalNotesDoNotCountAsFirstAnswer() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "n@example.com",
                "description", "Billing shows a charge for a volume that was deleted last month.")));
        String number = created.path("number").asText();

        ResponseEntity<JsonNode> note = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity(
                "/api/appeals/" + number + "/messages", Map.of("body", "Checking with billing.", "visibility", "INTERNAL"),
                JsonNode.class);
        assertThat(note.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(appealRow(created).firstAnsweredAt()).isNull();
        assertThat(task(number).getFollowUpDate()).isNotNull();

        http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity("/api/appeals/" + number + "/messages",
                Map.of("body", "We are checking the charge and will come back today."), JsonNode.class);
        assertThat(appealRow(created).firstAnsweredAt()).isNotNull();
        assertThat(task(number).getFollowUpDate()).isNull();
        // answered: the next deadline is the resolution
        assertThat(task(number).getDueDate().toInstant()).isEqualTo(appealRow(created).resolutionDueAt());
    }

    @Test
    void staffRepliesCarryFilesThatTheCustomerDownloads() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "f@example.com",
                "description", "Please send us the firewall template you mentioned on the phone.")));
        String number = created.path("number").asText();
        byte[] pdf = "%PDF-1.4 firewall template".getBytes();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("body", "The template is attached.");
        form.add("attachments", file("firewall-template.pdf", pdf));
        HttpHeaders headers = staff();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<JsonNode> reply = http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class);

        assertThat(reply.getStatusCode()).as("%s", reply.getBody()).isEqualTo(HttpStatus.CREATED);
        long messageId = reply.getBody().path("id").asLong();
        JsonNode files = getAsCustomer(created).getBody().path("attachments");
        assertThat(files).hasSize(1);
        assertThat(files.get(0).path("fileName").asText()).isEqualTo("firewall-template.pdf");
        assertThat(files.get(0).path("messageId").asLong()).isEqualTo(messageId);
        ResponseEntity<byte[]> download = http.exchange(files.get(0).path("url").asText(), HttpMethod.GET,
                new HttpEntity<>(customer(created)), byte[].class);
        assertThat(download.getBody()).isEqualTo(pdf);

        // a file is for the customer: an internal note takes none, and nothing is written
        MultiValueMap<String, Object> note = new LinkedMultiValueMap<>();
        note.add("body", "Internal copy.");
        note.add("visibility", "INTERNAL");
        note.add("attachments", file("copy.pdf", pdf));
        assertProblem(http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(note, headers), JsonNode.class), HttpStatus.BAD_REQUEST, "attachments");
        // the same upload rules as for customers
        MultiValueMap<String, Object> binary = new LinkedMultiValueMap<>();
        binary.add("body", "A program.");
        binary.add("attachments", file("tool.exe", new byte[] {'M', 'Z', 0, 1, 2}));
        assertProblem(http.exchange("/api/appeals/" + number + "/messages", HttpMethod.POST,
                new HttpEntity<>(binary, headers), JsonNode.class), HttpStatus.BAD_REQUEST, "attachments");
        assertThat(getAsCustomer(created).getBody().path("attachments")).hasSize(1);
    }

    @Test
    void resolvingNeedsAnAnswerToTheCustomersLastMessage() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "q@example.com",
                "description", "The object storage bucket shop-media answers 403 to our CDN since noon.")));
        String number = created.path("number").asText();
        identity.setAuthentication(STAFF_USER, List.of("support-l1"));
        try {
            Task triage = task(number);
            tasks.claim(triage.getId(), STAFF_USER);
            tasks.complete(triage.getId(), Map.of("triageDecision", "ACCEPT", "category", "RESOURCE_DIAGNOSTICS",
                    "urgency", "MEDIUM", "impact", "MEDIUM"));
            Task work = task(number);

            // no answer yet: refused, the task stays open and nothing is resolved
            assertThatThrownBy(() -> tasks.complete(work.getId(), Map.of("workOutcome", "RESOLVE")))
                    .hasMessageContaining("resolving needs an answer");
            assertThat(task(number).getId()).isEqualTo(work.getId());
            assertThat(appealRow(created).status()).isEqualTo(AppealStatus.IN_PROGRESS);

            // an answer sent beforehand (from the workspace, a template) counts
            http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity("/api/appeals/" + number + "/messages",
                    Map.of("body", "The bucket policy lost the CDN's role; restored."), JsonNode.class);
            tasks.complete(work.getId(), Map.of("workOutcome", "RESOLVE"));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(appealRow(created).status()).isEqualTo(AppealStatus.RESOLVED);
        assertThat(getAsCustomer(created).getBody().path("messages").findValuesAsText("kind"))
                .containsSubsequence("REPLY", "RESOLUTION");
    }

    @Test
    void attachmentsAreCheckedByContentAndServedAsDownloads() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("channel", "FEEDBACK_FORM");
        form.add("email", "m@example.com");
        form.add("description", "Screenshot of the console error attached.");
        form.add("attachments", file("../../screen shot<1>.png", png));
        form.add("attachments", file("server.log", "2026-11-24 ERROR disk full\n".getBytes()));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        JsonNode created = created(http.postForEntity("/api/appeals", new HttpEntity<>(form, headers), String.class));

        JsonNode files = getAsCustomer(created).getBody().path("attachments");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).path("fileName").asText()).isEqualTo("screen shot_1_.png");
        assertThat(files.get(0).path("contentType").asText()).isEqualTo("image/png");
        assertThat(files.get(1).path("contentType").asText()).isEqualTo("text/plain");
        // they came with the appeal itself, not with a later message
        assertThat(files.get(0).has("messageId")).isFalse();

        ResponseEntity<byte[]> download = http.exchange(files.get(0).path("url").asText(), HttpMethod.GET,
                new HttpEntity<>(customer(created)), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(png);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .doesNotContain("screen");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void refusedAttachmentLeavesNothingBehind() {
        long before = appealCount();
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("channel", "FEEDBACK_FORM");
        form.add("email", "m@example.com");
        form.add("description", "Program attached.");
        form.add("attachments", file("tool.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<JsonNode> answer = http.postForEntity("/api/appeals", new HttpEntity<>(form, headers), JsonNode.class);

        assertProblem(answer, HttpStatus.BAD_REQUEST, "attachments");
        assertThat(appealCount()).isEqualTo(before);
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        ResponseEntity<JsonNode> answer = post(null, Map.of("channel", "FEEDBACK_FORM", "email", "not-an-address",
                "description", " ", "urgency", "HIGH"));
        assertProblem(answer, HttpStatus.BAD_REQUEST, "email", "description");

        ResponseEntity<JsonNode> badEnum = post(null, Map.of("channel", "FEEDBACK_FORM", "email", "a@example.com",
                "description", "text", "urgency", "VERY_HIGH"));
        assertProblem(badEnum, HttpStatus.BAD_REQUEST, "urgency");

        ResponseEntity<JsonNode> noEmail = post(null, Map.of("channel", "FEEDBACK_FORM", "description", "text"));
        assertProblem(noEmail, HttpStatus.BAD_REQUEST, "email");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> broken = http.postForEntity("/api/appeals", new HttpEntity<>("{\"channel\":", headers),
                JsonNode.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void oversizedBodyIsRefused() {
        ResponseEntity<JsonNode> answer = post(null, Map.of("channel", "FEEDBACK_FORM", "email", "a@example.com",
                "description", "x".repeat(300_000)));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anonymousCallersUseOnlyTheFeedbackForm() {
        ResponseEntity<JsonNode> answer = post(null, Map.of("channel", "TELEGRAM", "description", "hi"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void wrongTokenLooksLikeAnUnknownAppeal() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "t@example.com",
                "description", "Cannot log in to the control panel after the password reset.")));
        HttpHeaders wrong = new HttpHeaders();
        wrong.set("X-Appeal-Token", "wrong-token");

        ResponseEntity<JsonNode> wrongToken = http.exchange("/api/appeals/" + created.path("number").asText(),
                HttpMethod.GET, new HttpEntity<>(wrong), JsonNode.class);
        ResponseEntity<JsonNode> unknown = http.exchange("/api/appeals/SD-999999999", HttpMethod.GET,
                new HttpEntity<>(wrong), JsonNode.class);

        assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongToken.getBody().path("detail")).isEqualTo(unknown.getBody().path("detail"));
        assertThat(http.getForEntity("/api/appeals/" + created.path("number").asText(), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void agentsSeeTheAppealVariablesOnTaskCards() throws Exception {
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "v@example.com",
                "description", "Snapshots of volume vol-17 fail since yesterday evening.")));
        String processInstanceId = tasks.createTaskQuery()
                .processInstanceBusinessKey(created.path("number").asText()).singleResult().getProcessInstanceId();

        ResponseEntity<JsonNode> variables = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).getForEntity(
                "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId
                        + "&variableName=channel&maxResults=5", JsonNode.class);

        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody().findValuesAsText("value")).containsExactly("FEEDBACK_FORM");
    }

    @Test
    void engineRestNeedsALogin() {
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> withLogin = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/engine-rest/process-definition?key=appeal&maxResults=10", String.class);
        assertThat(withLogin.getStatusCode()).as("%s %s", withLogin.getHeaders(), withLogin.getBody())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void slaReportAndMetricsCountTheAppeal() throws Exception {
        Instant before = Instant.now().minusSeconds(5);
        double timedFirstAnswers = meters.find("supportdesk.appeals.first.answer").timers().stream()
                .mapToLong(t -> t.count()).sum();
        JsonNode created = created(post(null, Map.of("channel", "FEEDBACK_FORM", "email", "r@example.com",
                "description", "The managed database cluster refuses connections from the app subnet.",
                "urgency", "HIGH", "impact", "LOW")));
        http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).postForEntity(
                "/api/appeals/" + created.path("number").asText() + "/messages",
                Map.of("body", "We are looking at the firewall rules."), JsonNode.class);

        ResponseEntity<JsonNode> report = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).getForEntity(
                "/api/reports/sla?from=" + before + "&to=" + Instant.now().plusSeconds(5), JsonNode.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode row = null;
        for (JsonNode candidate : report.getBody().path("rows")) {
            if ("FEEDBACK_FORM".equals(candidate.path("channel").asText())
                    && "MIDDLE".equals(candidate.path("priority").asText())) {
                row = candidate;
            }
        }
        assertThat(row).as("%s", report.getBody()).isNotNull();
        assertThat(row.path("count").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(row.path("firstAnswerOnTime").asInt()).isGreaterThanOrEqualTo(1);

        assertThat(http.getForEntity("/api/reports/sla", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> bad = http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/reports/sla?from=yesterday", JsonNode.class);
        assertProblem(bad, HttpStatus.BAD_REQUEST, "from");

        assertThat(meters.get("supportdesk.appeals.open").tag("status", "OPEN").tag("channel", "FEEDBACK_FORM")
                .tag("priority", "MIDDLE").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("supportdesk.appeals.first.answer").timers().stream().mapToLong(t -> t.count()).sum())
                .isGreaterThan((long) timedFirstAnswers);
    }

    // --- helpers

    ResponseEntity<JsonNode> post(HttpHeaders auth, Map<String, String> body) {
        HttpHeaders headers = auth == null ? new HttpHeaders() : auth;
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/appeals", new HttpEntity<>(body, headers), JsonNode.class);
    }

    JsonNode created(ResponseEntity<?> answer) throws Exception {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        Object body = answer.getBody();
        return body instanceof JsonNode node ? node : json.readTree(body.toString());
    }

    HttpHeaders staff() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(STAFF_USER, STAFF_PASSWORD);
        return headers;
    }

    HttpHeaders customer(JsonNode created) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Appeal-Token", created.path("accessToken").asText());
        return headers;
    }

    ResponseEntity<JsonNode> getAsCustomer(JsonNode created) {
        return http.exchange("/api/appeals/" + created.path("number").asText(), HttpMethod.GET,
                new HttpEntity<>(customer(created)), JsonNode.class);
    }

    Appeal appealRow(JsonNode created) {
        return jdbc.sql("SELECT appeal_number FROM appeal WHERE appeal_number = :n")
                .param("n", created.path("number").asText()).query(String.class).optional()
                .map(n -> repository().getByNumber(n)).orElseThrow();
    }

    abstract AppealRepository repository();

    Task task(String number) {
        return tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
    }

    long appealCount() {
        return jdbc.sql("SELECT COUNT(*) FROM appeal").query(Long.class).single();
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

    static void assertProblem(ResponseEntity<JsonNode> answer, HttpStatus status, String... fields) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> named = answer.getBody().path("errors").findValuesAsText("field");
        assertThat(named).contains(fields);
    }
}
