package org.supportdesk.appeal;

import org.springframework.beans.factory.annotation.Autowired;
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
}
