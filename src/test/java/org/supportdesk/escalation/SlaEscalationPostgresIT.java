package org.supportdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.vocabulary.Language;

/**
 * The SLA clock on PostgreSQL with the real job executor: an sla table in seconds (deployed as a
 * modeler would, and put back afterwards) makes the first answer and then the resolution late;
 * each escalation level fires once, within two seconds of its due time.
 */
@DirtiesContext
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase"})
class SlaEscalationPostgresIT {

    static final String STAFF_USER = "it-clock-agent";
    static final String STAFF_PASSWORD = "Triage!Queue-2026x";
    static final Duration ON_TIME = Duration.ofSeconds(2);

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    Appeals appeals;
    @Autowired
    Escalations escalations;
    @Autowired
    MeterRegistry meters;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @BeforeEach
    void secondsSlaTable() throws Exception {
        if (identity.createUserQuery().userId(STAFF_USER).count() == 0) {
            User user = identity.newUser(STAFF_USER);
            user.setPassword(STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(STAFF_USER, "support-l1");
        }
        String table = Files.readString(Path.of("processes/sla.dmn"));
        String seconds = table
                .replace("<outputEntry id=\"rule-telegram-critical-first\"><text>\"PT15M\"</text></outputEntry>",
                        "<outputEntry id=\"rule-telegram-critical-first\"><text>\"PT4S\"</text></outputEntry>")
                .replace("<outputEntry id=\"rule-telegram-critical-resolution\"><text>\"PT2H\"</text></outputEntry>",
                        "<outputEntry id=\"rule-telegram-critical-resolution\"><text>\"PT8S\"</text></outputEntry>");
        assertThat(seconds).contains("\"PT4S\"", "\"PT8S\"");
        deploySla(seconds);
    }

    @AfterEach
    void originalSlaTable() throws Exception {
        deploySla(Files.readString(Path.of("processes/sla.dmn")));
    }

    @Test
    void timersAreAcquiredByDueDateThroughAnIndex() {
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename IN ('act_ru_job', 'act_ru_task')",
                String.class)).contains("sd_idx_job_duedate", "sd_idx_task_due_follow_up");
        assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext", String.class))
                .contains("sd_stat_authorization_perms");
    }

    @Test
    void eachEscalationLevelFiresOnceWithinTwoSecondsOfItsDueTime() {
        double levelTwoBefore = escalationCount("2");
        String number = telegramAppeal();
        Appeal appeal = appeals.get(number);
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                .until(() -> kinds(appeal).contains(EscalationKind.RESOLUTION_OVERDUE));

        List<Escalations.Fired> fired = escalations.fired(appeal.id());
        assertThat(fired).extracting(Escalations.Fired::kind).containsExactly(
                EscalationKind.CRITICAL_PAGE, EscalationKind.FIRST_RESPONSE_WARNING, EscalationKind.FIRST_RESPONSE_BREACH,
                EscalationKind.RESOLUTION_WARNING, EscalationKind.RESOLUTION_BREACH,
                EscalationKind.RESOLUTION_OVERDUE);
        for (Escalations.Fired one : fired) {
            assertThat(Duration.between(one.dueAt(), one.firedAt())).as("%s lateness", one.kind())
                    .isBetween(Duration.ZERO, ON_TIME);
        }
        Appeal escalated = appeals.get(number);
        assertThat(fired.get(2).dueAt()).isEqualTo(escalated.firstResponseDueAt());
        assertThat(fired.get(4).dueAt()).isEqualTo(escalated.resolutionDueAt());
        assertThat(escalated.escalationLevel()).isEqualTo(3);
        assertThat(runtime.getVariable(instance, "escalationLevel")).isEqualTo(3);

        // level 1: the shift lead's task; level 2: the work is with the second line; level 3: the head
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("UserTask_HandleEscalation")
                .taskCandidateGroup("support-leads").count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("UserTask_ReviewOverdueAppeal")
                .taskCandidateGroup("support-management").count()).isEqualTo(1);
        Task triage = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("UserTask_TriageAppeal")
                .singleResult();
        assertThat(tasks.getIdentityLinksForTask(triage.getId()))
                .anyMatch(link -> "support-l2".equals(link.getGroupId()))
                .noneMatch(link -> "support-l1".equals(link.getGroupId()));
        // the task carries no copy of the warning: the workspace reads the SLA state of the appeal itself
        assertThat(tasks.getVariablesLocal(triage.getId())).isEmpty();
        // due at the breached first-answer deadline, so the escalated appeal stays on top of the queues
        assertThat(triage.getDueDate().toInstant()).isEqualTo(escalated.firstResponseDueAt());
        assertThat(escalations.notices(appeal.id())).extracting(Escalations.Notice::group)
                .contains("duty-engineers", "support-l1", "support-leads", "support-management");
        // worded when read: in the reader's language, times in their zone with the zone named
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        String breachedAt = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(moscow)
                .format(escalated.firstResponseDueAt()) + " MSK";
        String breachedAtRu = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag("ru"))
                .withZone(moscow).format(escalated.firstResponseDueAt()) + " МСК";
        assertThat(escalations.notices(appeal.id())).extracting(notice -> notice.text(Language.EN, moscow))
                .contains("Level 1: no first answer on " + number + " since " + breachedAt)
                .anyMatch(text -> text.startsWith("Critical appeal " + number + " via Telegram: first answer due "));
        assertThat(escalations.notices(appeal.id())).extracting(notice -> notice.text(Language.RU, moscow))
                .contains("Уровень 1: нет первого ответа по " + number + " с " + breachedAtRu)
                .anyMatch(text -> text.startsWith("Критическое обращение " + number + " (Telegram): первый ответ до "));

        assertThat(escalationCount("2")).isEqualTo(levelTwoBefore + 1);

        // the watch sleeps until something changes; nothing fires twice
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> escalations.fired(appeal.id()).size() == 6);
    }

    private double escalationCount(String level) {
        var counter = meters.find("supportdesk.escalations").tag("level", level).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<EscalationKind> kinds(Appeal appeal) {
        return escalations.fired(appeal.id()).stream().map(Escalations.Fired::kind).toList();
    }

    private String telegramAppeal() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(STAFF_USER, STAFF_PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/appeals", new HttpEntity<>(Map.of(
                "channel", "TELEGRAM", "description", "All our instances in ru-msk-1 are unreachable right now.",
                "urgency", "HIGH", "impact", "HIGH"), headers), JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().path("number").asText();
    }

    private void deploySla(String table) {
        repository.createDeployment().name("sla.dmn").source("processes")
                .addInputStream("sla.dmn", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)))
                .deploy();
    }
}
