package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs the tests (and so no {@code docker compose config}), so docker-compose.yml is
 * checked by reading: the app service runs the production profile and sets every variable that profile
 * reads; Prometheus scrapes the app as the scrape user; Grafana gets the datasource and the dashboard;
 * every file the services mount exists and every service or volume they name is declared.
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

    @Test
    @SuppressWarnings("unchecked")
    void composeNamesOnlyWhatItDeclares() throws IOException {
        Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));
        assertThat(compose).containsOnlyKeys("services", "volumes", "secrets");
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> volumes = (Map<String, Object>) compose.get("volumes");
        Map<String, Object> secrets = (Map<String, Object>) compose.get("secrets");
        Set<String> serviceKeys = Set.of("image", "build", "depends_on", "environment", "volumes", "secrets",
                "ports", "healthcheck", "command");
        services.forEach((name, definition) -> {
            Map<String, Object> service = (Map<String, Object>) definition;
            assertThat(service.keySet()).as("keys of service %s", name).isSubsetOf(serviceKeys);
            assertThat(service.containsKey("image") || service.containsKey("build")).as("%s has an image", name).isTrue();
            Object dependsOn = service.getOrDefault("depends_on", List.of());
            Iterable<String> needed = dependsOn instanceof Map<?, ?> map ? (Iterable<String>) map.keySet()
                    : (Iterable<String>) dependsOn;
            needed.forEach(other -> assertThat(services).as("%s depends on %s", name, other).containsKey(other));
            for (String mount : (List<String>) service.getOrDefault("volumes", List.of())) {
                String source = mount.split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Path.of(source)).as("%s mounts %s", name, source).exists();
                } else {
                    assertThat(volumes).as("%s mounts volume %s", name, source).containsKey(source);
                }
            }
            for (String secret : (List<String>) service.getOrDefault("secrets", List.of())) {
                assertThat(secrets).as("%s uses secret %s", name, secret).containsKey(secret);
            }
            for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
                assertThat(port.toString()).as("port of %s", name).matches("([0-9.]+:)?(\\$\\{[A-Z_]+:-[0-9]+}|[0-9]+):[0-9]+");
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheAppAsTheScrapeUser() throws IOException {
        Map<String, Object> compose = yaml(Path.of("docker-compose.yml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Object> appEnv = (Map<String, Object>) ((Map<String, Object>) services.get("app")).get("environment");
        Map<String, Object> prometheus = (Map<String, Object>) services.get("prometheus");
        assertThat(prometheus.get("image").toString()).startsWith("prom/prometheus:v");
        assertThat((List<String>) prometheus.get("volumes"))
                .contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        assertThat((List<String>) prometheus.get("secrets")).containsExactly("scrape_password");
        Map<String, Object> secret = (Map<String, Object>) ((Map<String, Object>) compose.get("secrets"))
                .get("scrape_password");
        assertThat(secret).containsEntry("environment", "SCRAPE_PASSWORD");
        assertThat(appEnv.get("SCRAPE_PASSWORD").toString()).startsWith("${SCRAPE_PASSWORD:?");

        Map<String, Object> config = yaml(Path.of("ops/prometheus/prometheus.yml"));
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) config.get("scrape_configs");
        assertThat(jobs).hasSize(1);
        Map<String, Object> job = jobs.get(0);
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        Map<String, Object> auth = (Map<String, Object>) job.get("basic_auth");
        assertThat(auth).containsEntry("username", appEnv.get("SCRAPE_USER"))
                .containsEntry("password_file", "/run/secrets/scrape_password");
        List<Map<String, Object>> targets = (List<Map<String, Object>>) job.get("static_configs");
        assertThat((List<String>) targets.get(0).get("targets")).containsExactly("app:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaIsProvisionedWithPrometheusAndTheDashboard() throws IOException {
        Map<String, Object> services = (Map<String, Object>) yaml(Path.of("docker-compose.yml")).get("services");
        Map<String, Object> grafana = (Map<String, Object>) services.get("grafana");
        assertThat(grafana.get("image").toString()).startsWith("grafana/grafana:");
        List<String> mounts = (List<String>) grafana.get("volumes");
        assertThat(mounts).contains("./ops/grafana/provisioning:/etc/grafana/provisioning:ro");
        Map<String, Object> env = (Map<String, Object>) grafana.get("environment");
        assertThat(env.get("GF_SECURITY_ADMIN_PASSWORD").toString()).startsWith("${GRAFANA_ADMIN_PASSWORD:?");

        Map<String, Object> datasources = yaml(Path.of("ops/grafana/provisioning/datasources/prometheus.yml"));
        Map<String, Object> datasource = ((List<Map<String, Object>>) datasources.get("datasources")).get(0);
        assertThat(datasource).containsEntry("type", "prometheus")
                .containsEntry("uid", GrafanaDashboardTest.DATASOURCE_UID)
                .containsEntry("url", "http://prometheus:9090");

        Map<String, Object> providers = yaml(Path.of("ops/grafana/provisioning/dashboards/support-desk.yml"));
        Map<String, Object> provider = ((List<Map<String, Object>>) providers.get("providers")).get(0);
        String dashboardsPath = ((Map<String, Object>) provider.get("options")).get("path").toString();
        assertThat(mounts).contains("./ops/grafana/dashboards:" + dashboardsPath + ":ro");
        assertThat(env.get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"))
                .isEqualTo(dashboardsPath + "/" + GrafanaDashboardTest.DASHBOARD.getFileName());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }
}
