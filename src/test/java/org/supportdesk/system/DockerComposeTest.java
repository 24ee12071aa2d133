package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs the tests, so docker-compose.yml is checked by reading: the app service
 * runs the production profile and sets every variable that profile reads.
 */
class DockerComposeTest {

    @Test
    @SuppressWarnings("unchecked")
    void appServiceMatchesThePostgresProfile() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        Map<String, Object> env = (Map<String, Object>) app.get("environment");
        Map<String, Object> dbEnv = (Map<String, Object>) postgres.get("environment");

        assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        assertThat(postgres.get("image").toString()).startsWith("postgres:15");
        assertThat(env.get("DB_URL").toString()).endsWith("/" + dbEnv.get("POSTGRES_DB"));
        assertThat(env.get("DB_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
        assertThat(env.get("DB_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));

        // every variable the production profile and the shared settings (channels, SMTP) read
        String settings = Files.readString(Path.of("src/main/resources/application-postgres.yml"))
                + Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher variable = Pattern.compile("\\$\\{([A-Z_]+)[:}]").matcher(settings);
        Set<String> notForCompose = Set.of("DB_POOL_SIZE", "SERVER_PORT", "PASSWORD_POLICY");
        while (variable.find()) {
            if (!notForCompose.contains(variable.group(1))) {
                assertThat(env).as("compose sets %s", variable.group(1)).containsKey(variable.group(1));
            }
        }
    }
}
