package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in ops/grafana/ is checked against what Grafana needs to import it (no Grafana runs
 * the tests): its identity and schema version, panels of known types laid out on the 24-column grid
 * without overlap, and every query on the provisioned datasource with a well-formed expression.
 * {@code PrometheusScrapeIT} checks that every metric it reads is one the application exposes.
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = Path.of("ops/grafana/dashboards/support-desk.json");
    static final String DATASOURCE_UID = "prometheus";

    private static final Set<String> PANEL_TYPES = Set.of("row", "timeseries", "stat", "gauge", "table", "bargauge");

    static JsonNode dashboard() throws IOException {
        return new ObjectMapper().readTree(DASHBOARD.toFile());
    }

    /** The panels with queries (rows carry none). */
    static List<JsonNode> queryPanels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (!"row".equals(panel.path("type").asText())) {
                panels.add(panel);
            }
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    static Set<String> metricNames(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : queryPanels(dashboard)) {
            for (JsonNode target : panel.path("targets")) {
                names.addAll(PromQl.metricNames(target.path("expr").asText()));
            }
        }
        return names;
    }

    @Test
    void dashboardHasWhatGrafanaImports() throws IOException {
        JsonNode dashboard = dashboard();

        assertThat(dashboard.path("uid").asText()).matches("[a-zA-Z0-9_-]{1,40}");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").isInt()).isTrue();
        assertThat(dashboard.path("schemaVersion").asInt()).isBetween(36, 41);
        assertThat(dashboard.path("panels").isArray()).isTrue();
        assertThat(dashboard.path("panels")).isNotEmpty();
        // provisioned dashboards keep no database id of their own
        assertThat(dashboard.has("id")).isFalse();
    }

    @Test
    void panelsAreKnownAndFitTheGrid() throws IOException {
        Set<Integer> ids = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (JsonNode panel : dashboard().path("panels")) {
            String title = panel.path("title").asText();
            assertThat(panel.path("type").asText()).as("type of %s", title).isIn(PANEL_TYPES);
            assertThat(ids.add(panel.path("id").asInt())).as("id of %s is unique", title).isTrue();
            assertThat(title).isNotBlank();
            JsonNode grid = panel.path("gridPos");
            int x = grid.path("x").asInt(-1);
            int y = grid.path("y").asInt(-1);
            int w = grid.path("w").asInt();
            int h = grid.path("h").asInt();
            assertThat(x).as("x of %s", title).isBetween(0, 23);
            assertThat(y).as("y of %s", title).isNotNegative();
            assertThat(w).as("w of %s", title).isBetween(1, 24 - x);
            assertThat(h).as("h of %s", title).isPositive();
            for (int column = x; column < x + w; column++) {
                for (int line = y; line < y + h; line++) {
                    assertThat(cells.add(column + "/" + line)).as("%s overlaps another panel", title).isTrue();
                }
            }
        }
    }

    @Test
    void everyQueryReadsTheProvisionedPrometheus() throws IOException {
        List<JsonNode> panels = queryPanels(dashboard());
        assertThat(panels).isNotEmpty();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(panel.path("datasource").path("uid").asText()).as("datasource of %s", title)
                    .isEqualTo(DATASOURCE_UID);
            assertThat(panel.path("targets")).as("queries of %s", title).isNotEmpty();
            Set<String> refIds = new HashSet<>();
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                assertThat(refIds.add(target.path("refId").asText())).as("refIds of %s", title).isTrue();
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo(DATASOURCE_UID);
                assertThat(expr).as("query of %s", title).isNotBlank();
                assertThat(PromQl.balanced(expr)).as("brackets of %s: %s", title, expr).isTrue();
                assertThat(PromQl.metricNames(expr)).as("metrics of %s: %s", title, expr).isNotEmpty();
            }
        }
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(PromQl.metricNames("100 * sum by (channel) (increase(a_total{sla=\"met\"}[24h]))"
                + " / sum by (channel) (increase(a_total[24h]))")).containsExactly("a_total");
        assertThat(PromQl.metricNames("sum(rate(x_sum[5m])) / sum(rate(x_count[5m])) > 0"))
                .containsExactly("x_count", "x_sum");
        assertThat(PromQl.metricNames("max by (instance) (process_cpu_usage)")).containsExactly("process_cpu_usage");
        assertThat(PromQl.balanced("sum(rate(x[5m])")).isFalse();
        assertThat(PromQl.balanced("sum(x{a=\"(\"})")).isTrue();
    }

    @Test
    void dashboardReadsTheSlaIntakeOutboxJobAndPoolSeries() throws IOException {
        assertThat(metricNames(dashboard())).contains(
                "supportdesk_appeals_open", "supportdesk_appeals_overdue", "supportdesk_appeals_escalated",
                "supportdesk_appeals_received_total", "supportdesk_appeals_first_answer_seconds_count",
                "supportdesk_appeals_resolution_seconds_count", "supportdesk_escalations_total",
                "supportdesk_outbox_messages", "supportdesk_outbox_delivered_total", "supportdesk_jobs_due",
                "supportdesk_jobs_timer_lateness_seconds", "executor_active_threads", "hikaricp_connections_active");
    }
}
