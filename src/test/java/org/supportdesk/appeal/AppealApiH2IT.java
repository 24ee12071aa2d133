package org.supportdesk.appeal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The appeal API on the embedded database, as `./mvnw spring-boot:run` starts it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:appeal-api;DB_CLOSE_DELAY=-1",
        "supportdesk.intake-rate-limit.requests-per-minute=1000"})
class AppealApiH2IT extends AppealApiScenarios {

    @Autowired
    AppealRepository appeals;

    @Override
    AppealRepository repository() {
        return appeals;
    }
}
