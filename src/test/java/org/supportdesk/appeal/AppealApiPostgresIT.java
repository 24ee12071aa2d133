package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The appeal API on PostgreSQL with the production profile, configured through the same variables
 * as docker-compose.yml (database `test` of the local server instead of `support`).
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
class AppealApiPostgresIT extends AppealApiScenarios {

    @Autowired
    AppealRepository appeals;

    @Override
    AppealRepository repository() {
        return appeals;
    }

    @Test
    void channelsWithoutSecretsAreOffAndTheirWebhooksAnswerNotFound() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> update = new HttpEntity<>("{\"update_id\":1,\"message\":{\"text\":\"hi\"}}", json);

        assertThat(http.postForEntity("/webhooks/telegram", update, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/webhooks/vk", new HttpEntity<>("{\"type\":\"confirmation\"}", json),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/webhooks/facebook?hub.mode=subscribe&hub.verify_token=&hub.challenge=1",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
