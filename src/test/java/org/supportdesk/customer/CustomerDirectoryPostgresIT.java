package org.supportdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.supportdesk.vocabulary.Channel;

/** The customer directory on PostgreSQL: CSV import by administrators, lookups, appeals linked to it. */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=" + CustomerDirectoryPostgresIT.ADMIN_PASSWORD,
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
@DirtiesContext
class CustomerDirectoryPostgresIT {

    static final String ADMIN_PASSWORD = "Str0ng!Desk-Passphrase";
    private static final String AGENT = "dir-it-agent";
    private static final String AGENT_PASSWORD = "Directory!Reader-2026";

    @Autowired
    TestRestTemplate http;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void agent() {
        if (identity.createUserQuery().userId(AGENT).count() == 0) {
            User user = identity.newUser(AGENT);
            user.setPassword(AGENT_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(AGENT, "support-l1");
        }
    }

    @Test
    void onlyAdministratorsImport() {
        String csv = "login,contact_name,channel,address\nacme-" + run + ",Ann,MAIL,ann@acme.example\n";

        assertThat(http.postForEntity("/api/customers/import", csv(csv), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(AGENT, AGENT_PASSWORD).postForEntity("/api/customers/import", csv(csv),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(directory.customer("acme-" + run)).isEmpty();
        assertThat(http.getForEntity("/api/customers/acme-" + run, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anImportWithBadLinesWritesNothingAndNamesEachLine() {
        String csv = """
                login,company,language,project,project_name,region,contact_name,channel,address,owner
                good-%1$s,Good,EN,good-%1$s-web,Web,eu-west-1,Ann,MAIL,ann@good.example,yes
                bad-%1$s,Bad,EN,bad-%1$s-web,Web,eu-west-1,Bob,MAIL,not-an-address,yes
                bad-%1$s,Bad,XX,bad-%1$s-db,DB,,Bob,FAX,123,yes
                """.formatted(run);

        ResponseEntity<JsonNode> refused = admin().postForEntity("/api/customers/import", csv(csv), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().path("errors").toString()).contains("line 3: address", "line 4: language",
                "line 4: region", "line 4: channel").doesNotContain("line 2");
        assertThat(directory.customer("good-" + run)).isEmpty();
    }

    @Test
    void importedOwnersAreFoundByProjectAndRegionAndAppealsLinkToTheirProject() {
        String region = "test-" + run;
        String csv = """
                login;company;language;project;project_name;region;contact_name;channel;address;owner
                shop-%1$s;\"ООО \"\"Магазин\"\"\";RU;shop-%1$s-web;Витрина;%2$s;Анна;MAIL;Anna@Shop.example;да
                shop-%1$s;\"ООО \"\"Магазин\"\"\";RU;shop-%1$s-db;База;%2$s;Анна;MAIL;anna@shop.example;да
                shop-%1$s;\"ООО \"\"Магазин\"\"\";RU;shop-%1$s-db;База;%2$s;Павел;TELEGRAM;4815162342;yes
                mill-%1$s;Mill Ltd;EN;mill-%1$s-erp;ERP;%2$s;Jane;VK;2000000001;yes
                mill-%1$s;Mill Ltd;EN;;;;Accounting;MAIL;books@mill.example;no
                """.formatted(run, region);

        ResponseEntity<JsonNode> imported = admin().postForEntity("/api/customers/import", csv(csv), JsonNode.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().path("customers").asInt()).isEqualTo(2);
        assertThat(imported.getBody().path("projects").asInt()).isEqualTo(3);
        // importing the same file again changes nothing
        assertThat(admin().postForEntity("/api/customers/import", csv(csv), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(directory.customer("shop-" + run).orElseThrow().company()).isEqualTo("ООО \"Магазин\"");
        assertThat(directory.ownersOfProjects(java.util.List.of("shop-" + run + "-db")))
                .extracting(CustomerDirectory.Recipient::channel, CustomerDirectory.Recipient::address)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Channel.MAIL, "anna@shop.example"),
                        org.assertj.core.groups.Tuple.tuple(Channel.TELEGRAM, "4815162342"));
        // Anna owns two projects of the region and is told once
        assertThat(directory.ownersInRegion(region)).extracting(CustomerDirectory.Recipient::address)
                .containsExactlyInAnyOrder("anna@shop.example", "4815162342", "2000000001");

        ResponseEntity<JsonNode> shown = http.withBasicAuth(AGENT, AGENT_PASSWORD)
                .getForEntity("/api/customers/shop-" + run, JsonNode.class);
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shown.getBody().path("projects").toString()).contains("shop-" + run + "-web", "Витрина");

        ResponseEntity<JsonNode> appeal = http.postForEntity("/api/appeals", json("""
                {"channel": "FEEDBACK_FORM", "login": "shop-%s", "project": "Витрина", "email": "anna@shop.example",
                 "description": "Витрина не открывается с утра"}""".formatted(run)), JsonNode.class);
        assertThat(appeal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> link = jdbc.sql("""
                SELECT c.login, p.code FROM appeal a JOIN customer c ON c.id = a.customer_id
                JOIN project p ON p.id = a.project_id WHERE a.appeal_number = :n""")
                .param("n", appeal.getBody().path("number").asText()).query().singleRow();
        assertThat(link).containsEntry("login", "shop-" + run).containsEntry("code", "shop-" + run + "-web");
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("it-admin", ADMIN_PASSWORD);
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
