package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The access model on PostgreSQL with the production profile: every start, as every role, through
 * {@code /engine-rest}, Tasklist's own form submit and our API; the authorizations read back from the
 * engine against the README's table; task grants per definition; one cookie and header policy.
 * Users of its own (the shared database has no demo users, and other tests assert so).
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
class AccessByRolePostgresIT {

    private static final String PASSWORD = "Acc3ss!By-Role-2026";
    private static final String ADMIN = "acc-camunda-admin";
    /**
     * A start that is not granted: 403 where the group may read the definition, 404 where it may not
     * even do that (the engine does not say that such a definition exists).
     */
    private static final List<Integer> REFUSED_START = List.of(403, 404);
    private static final List<String> STARTABLE = List.of(AccessModel.APPEAL, AccessModel.PHONE_CALL,
            AccessModel.COST_REQUEST, AccessModel.SERVICE_NOTIFICATION, AccessModel.ONBOARDINGS.get(0),
            AccessModel.ONBOARDINGS.get(3));

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    FilterService filters;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentitySeeder seeder;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void users() {
        for (AccessModel.Role role : AccessModel.ROLES) {
            user(userOf(role.group()), role.group());
        }
        user(ADMIN, StaffGroups.CAMUNDA_ADMIN);
    }

    @Test
    void everyStartThroughEngineRestAsEveryRole() {
        List<String> outcomes = new ArrayList<>();
        for (String group : groups()) {
            for (String key : STARTABLE) {
                boolean granted = group.equals(StaffGroups.CAMUNDA_ADMIN) || AccessModel.startersOf(key).contains(group);
                // no variables: a granted start is bad input, never a server error
                ResponseEntity<JsonNode> started = http.withBasicAuth(userOf(group), PASSWORD).postForEntity(
                        "/engine-rest/process-definition/key/" + key + "/start", jsonEntity("{\"variables\": {}}"),
                        JsonNode.class);
                outcomes.add(group + " " + key + " -> " + started.getStatusCode().value());
                if (granted) {
                    assertThat(started.getStatusCode().value()).as("%s starts %s: %s", group, key, started.getBody())
                            .isIn(200, 400);
                }
                else {
                    assertThat(started.getStatusCode().value()).as("%s starts %s: %s", group, key, started.getBody())
                            .isIn(REFUSED_START);
                }
            }
        }
        assertThat(outcomes).hasSize(groups().size() * STARTABLE.size());
    }

    @Test
    void grantedStartsWithGoodInputSucceedAndBadInputIsRefused() {
        // register a phone call: support groups
        ResponseEntity<JsonNode> call = http.withBasicAuth(userOf(StaffGroups.SUPPORT_L2), PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/phone-call/submit-form", jsonEntity(formVariables(phoneCall())),
                JsonNode.class);
        assertThat(call.getStatusCode()).as("%s", call.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(call.getBody().path("businessKey").asText()).startsWith("SD-");

        Map<String, Object> incomplete = phoneCall();
        incomplete.remove("description");
        ResponseEntity<JsonNode> refused = http.withBasicAuth(userOf(StaffGroups.SUPPORT_L1), PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/phone-call/submit-form", jsonEntity(formVariables(incomplete)),
                JsonNode.class);
        assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);

        // a service notification through its start form: duty engineers
        ResponseEntity<JsonNode> notice = http.withBasicAuth(userOf(StaffGroups.DUTY_ENGINEERS), PASSWORD)
                .postForEntity("/engine-rest/process-definition/key/service-notification/submit-form",
                        jsonEntity(formVariables(Map.of("type", "FAILURE", "service", "Object storage",
                                "region", "ru-central-1", "title", "Object storage errors",
                                "details", "Uploads fail with 503 in ru-central-1.",
                                "recommendations", "Retry uploads with backoff."))), JsonNode.class);
        assertThat(notice.getStatusCode()).as("%s", notice.getBody()).isEqualTo(HttpStatus.OK);
        for (String group : List.of(StaffGroups.SUPPORT_L1, StaffGroups.SALES)) {
            ResponseEntity<JsonNode> denied = http.withBasicAuth(userOf(group), PASSWORD).postForEntity(
                    "/engine-rest/process-definition/key/service-notification/submit-form",
                    jsonEntity(formVariables(Map.of("type", "FAILURE"))), JsonNode.class);
            assertThat(denied.getStatusCode().value()).as(group).isIn(REFUSED_START);
        }
    }

    @Test
    void everyStartThroughOurApiAsEveryRole() {
        for (String group : groups()) {
            boolean admin = group.equals(StaffGroups.CAMUNDA_ADMIN);
            ResponseEntity<String> notice = http.withBasicAuth(userOf(group), PASSWORD).postForEntity(
                    "/api/notifications", jsonEntity("{}"), String.class);
            assertThat(notice.getStatusCode()).as("%s files a notification", group).isEqualTo(
                    admin || AccessModel.startersOf(AccessModel.SERVICE_NOTIFICATION).contains(group)
                            ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN);
            ResponseEntity<String> request = http.withBasicAuth(userOf(group), PASSWORD).postForEntity(
                    "/api/managed-services/requests", jsonEntity("{}"), String.class);
            assertThat(request.getStatusCode()).as("%s files a cost request", group).isEqualTo(
                    admin || AccessModel.startersOf(AccessModel.COST_REQUEST).contains(group)
                            ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN);
            assertThat(notice.getStatusCode().is5xxServerError() || request.getStatusCode().is5xxServerError()).isFalse();
        }
    }

    @Test
    void tasklistFormSubmitFollowsTheSameRights() throws Exception {
        WebappSession agent = WebappSession.logIn(port, userOf(StaffGroups.SUPPORT_L1), PASSWORD);
        HttpResponse<String> startList = agent.get("/camunda/api/engine/engine/default/process-definition"
                + "?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true&active=true&maxResults=100");
        assertThat(startList.statusCode()).isEqualTo(200);
        assertThat(json.readTree(startList.body()).findValuesAsText("key")).containsExactly(AccessModel.PHONE_CALL);

        HttpResponse<String> registered = agent.post("/camunda/api/engine/engine/default/process-definition/key/"
                + "phone-call/submit-form", formVariables(phoneCall()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        HttpResponse<String> notice = agent.post("/camunda/api/engine/engine/default/process-definition/key/"
                + "service-notification/submit-form", formVariables(Map.of("type", "FAILURE")));
        assertThat(notice.statusCode()).as(notice.body()).isIn(REFUSED_START);

        WebappSession sales = WebappSession.logIn(port, userOf(StaffGroups.SALES), PASSWORD);
        HttpResponse<String> salesStarts = sales.get("/camunda/api/engine/engine/default/process-definition"
                + "?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true&active=true&maxResults=100");
        assertThat(json.readTree(salesStarts.body()).findValuesAsText("key")).containsExactly(AccessModel.COST_REQUEST);
    }

    @Test
    void authorizationsReadBackMatchTheModelAndTheReadme() throws Exception {
        for (AccessModel.Role role : AccessModel.ROLES) {
            List<String> groups = List.of(role.group());
            for (String key : allProcessKeys()) {
                assertThat(authorizations.isUserAuthorized(null, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION, key)).as("%s starts %s", role.group(), key)
                        .isEqualTo(role.starts().contains(key));
                assertThat(authorizations.isUserAuthorized(null, groups, ProcessDefinitionPermissions.TASK_WORK,
                        Resources.PROCESS_DEFINITION, key)).as("%s works every task of %s", role.group(), key)
                        .isEqualTo(role.worksOn().contains(key));
                assertThat(authorizations.isUserAuthorized(null, groups, ProcessDefinitionPermissions.UPDATE_TASK,
                        Resources.PROCESS_DEFINITION, key)).as("%s reassigns in %s", role.group(), key)
                        .isEqualTo(role.supervises().contains(key));
            }
            for (TaskFilters.TaskFilter filter : TaskFilters.TABLE) {
                String id = filters.createFilterQuery().filterName(filter.name()).list().get(0).getId();
                assertThat(authorizations.isUserAuthorized(null, groups, Permissions.READ, Resources.FILTER, id))
                        .as("%s sees filter %s", role.group(), filter.name())
                        .isEqualTo(role.filters().contains(filter.name()));
            }
            assertThat(authorizations.isUserAuthorized(null, groups, Permissions.ACCESS, Resources.APPLICATION,
                    "cockpit")).as("%s opens Cockpit", role.group()).isEqualTo(role.cockpit());
            assertThat(authorizations.isUserAuthorized(null, groups, Permissions.CREATE, Resources.DEPLOYMENT,
                    null)).as("%s deploys", role.group()).isEqualTo(role.group().equals(StaffGroups.PROCESS_MODELERS));
        }
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README's access table, as AccessModel.markdownTable() writes it")
                .contains(AccessModel.markdownTable());
    }

    @Test
    void supportSeesAppealTasksThroughItsDefinitionGrantAndSalesDoNot() {
        ResponseEntity<JsonNode> created = http.postForEntity("/api/appeals", jsonEntity("""
                {"channel": "FEEDBACK_FORM", "email": "anna@example.com", "login": "anna", "project": "shop-prod",
                 "subject": "Instances unreachable", "description": "All instances stopped answering on port 443."}"""),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().path("number").asText();
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ = :task")
                .param("task", triage.getId()).query(Long.class).single())
                .as("no authorization row per task for the support groups").isZero();
        for (String group : groups()) {
            ResponseEntity<JsonNode> seen = http.withBasicAuth(userOf(group), PASSWORD).getForEntity(
                    "/engine-rest/task?processInstanceBusinessKey=" + number + "&maxResults=10", JsonNode.class);
            boolean sees = group.equals(StaffGroups.CAMUNDA_ADMIN) || AccessModel.worksOnEveryTask(group, AccessModel.APPEAL)
                    || AccessModel.ROLES.stream().anyMatch(role -> role.group().equals(group)
                            && role.supervises().contains(AccessModel.APPEAL));
            assertThat(seen.getBody().size()).as("%s sees the triage task", group).isEqualTo(sees ? 1 : 0);
        }

        // a database from an earlier version holds a row per task for the support groups: removed at start
        org.camunda.bpm.engine.authorization.Authorization legacy = authorizations.createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        legacy.setGroupId(StaffGroups.SUPPORT_L1);
        legacy.setResource(Resources.TASK);
        legacy.setResourceId(triage.getId());
        legacy.addPermission(Permissions.READ);
        authorizations.saveAuthorization(legacy);
        seeder.seed();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ = :task")
                .param("task", triage.getId()).query(Long.class).single()).isZero();

        ResponseEntity<String> claimedBySales = http.withBasicAuth(userOf(StaffGroups.SALES), PASSWORD).postForEntity(
                "/engine-rest/task/" + triage.getId() + "/claim",
                jsonEntity("{\"userId\": \"" + userOf(StaffGroups.SALES) + "\"}"), String.class);
        assertThat(claimedBySales.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> claimedByAgent = http.withBasicAuth(userOf(StaffGroups.SUPPORT_L1), PASSWORD)
                .postForEntity("/engine-rest/task/" + triage.getId() + "/claim",
                        jsonEntity("{\"userId\": \"" + userOf(StaffGroups.SUPPORT_L1) + "\"}"), String.class);
        assertThat(claimedByAgent.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void salesFollowTheirRequestButDoNotWorkPresalesTasks() {
        String sales = userOf(StaffGroups.SALES);
        ResponseEntity<JsonNode> filed = http.withBasicAuth(sales, PASSWORD).postForEntity(
                "/api/managed-services/requests", jsonEntity("""
                        {"company": "ООО «Ромашка»", "contactName": "Анна Смирнова",
                         "contactEmail": "anna@romashka.example", "login": "romashka-%s",
                         "services": ["MONITORING"], "environment": {"vms": 4}, "language": "RU"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8))), JsonNode.class);
        assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = filed.getBody().path("number").asText();
        Task qualify = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(qualify.getTaskDefinitionKey()).isEqualTo("qualify-request");
        assertThat(qualify.getOwner()).isEqualTo(sales);

        ResponseEntity<JsonNode> followed = http.withBasicAuth(sales, PASSWORD).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey=" + number + "&maxResults=10", JsonNode.class);
        assertThat(followed.getBody().size()).isEqualTo(1);
        ResponseEntity<String> completed = http.withBasicAuth(sales, PASSWORD).postForEntity(
                "/engine-rest/task/" + qualify.getId() + "/complete", jsonEntity("{\"variables\": {}}"), String.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> notSeen = http.withBasicAuth(userOf(StaffGroups.SALES_LEADS), PASSWORD).getForEntity(
                "/engine-rest/task?processInstanceBusinessKey=" + number + "&maxResults=10", JsonNode.class);
        assertThat(notSeen.getBody().size()).isZero();
    }

    @Test
    void oneCookieAndHeaderPolicy() throws Exception {
        WebappSession session = WebappSession.logIn(port, userOf(StaffGroups.SUPPORT_L1), PASSWORD);
        for (String setCookie : session.setCookieHeaders()) {
            assertThat(setCookie.toLowerCase().split("samesite=", -1)).as(setCookie).hasSizeLessThanOrEqualTo(2);
            if (setCookie.startsWith("SESSION=") || setCookie.startsWith("JSESSIONID=")) {
                assertThat(setCookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure")
                        .containsIgnoringCase("HttpOnly");
            }
        }
        assertThat(session.setCookieHeaders()).anyMatch(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
        for (String path : List.of("/feedback/", "/api/appeals/SD-1", "/actuator/health", "/camunda/app/tasklist/")) {
            ResponseEntity<String> answer = http.getForEntity(path, String.class);
            assertThat(answer.getHeaders().getFirst("Strict-Transport-Security")).as(path)
                    .startsWith("max-age=31536000");
            assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    private static List<String> groups() {
        List<String> groups = new ArrayList<>(AccessModel.ROLES.stream().map(AccessModel.Role::group).toList());
        groups.add(StaffGroups.CAMUNDA_ADMIN);
        return groups;
    }

    private static List<String> allProcessKeys() {
        List<String> keys = new ArrayList<>(List.of(AccessModel.APPEAL, AccessModel.PHONE_CALL,
                AccessModel.COST_REQUEST, AccessModel.SERVICE_NOTIFICATION));
        keys.addAll(AccessModel.ONBOARDINGS);
        return keys;
    }

    private static String userOf(String group) {
        return "acc-" + group;
    }

    private static Map<String, Object> phoneCall() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("login", "acc-" + UUID.randomUUID().toString().substring(0, 8));
        form.put("project", "shop-prod");
        form.put("callerName", "Olga Petrova");
        form.put("email", "olga@example.com");
        form.put("subject", "Instances unreachable");
        form.put("description", "All instances in shop-prod stopped answering on port 443 at 10:05 UTC.");
        return form;
    }

    private String formVariables(Map<String, Object> form) {
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        try {
            return json.writeValueAsString(Map.of("variables", variables));
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpEntity<String> jsonEntity(String body) {
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
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identity.createMembership(id, group);
        }
    }

    /**
     * A webapp login as Tasklist makes it: session cookie, then the CSRF token on every change. Cookies
     * are kept by hand: they are Secure under this profile, and the test talks plain HTTP.
     */
    record WebappSession(HttpClient client, Map<String, String> cookies, String base, List<String> setCookieHeaders) {

        static WebappSession logIn(int port, String user, String password) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            Map<String, String> cookies = new LinkedHashMap<>();
            String base = "http://localhost:" + port;
            WebappSession session = new WebappSession(client, cookies, base, new ArrayList<>());
            // the first page hands out the CSRF cookie
            session.keep(client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
                    HttpResponse.BodyHandlers.discarding()));
            HttpResponse<String> login = client.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                    .build(), HttpResponse.BodyHandlers.ofString());
            session.keep(login);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            session.setCookieHeaders().addAll(login.headers().allValues("Set-Cookie"));
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            return keep(client.send(request(path).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return keep(client.send(request(path).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            String csrf = cookies.get("XSRF-TOKEN");
            if (csrf != null) {
                request.header("X-XSRF-TOKEN", csrf);
            }
            return request;
        }

        private <T> HttpResponse<T> keep(HttpResponse<T> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                HttpCookie.parse(header).forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
            }
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> cookies.put("XSRF-TOKEN", token));
            return response;
        }
    }
}
