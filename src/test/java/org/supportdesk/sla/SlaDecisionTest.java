package org.supportdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = "processes/sla.dmn")
class SlaDecisionTest {

    // the in-memory engine for model tests, named so that application tests do not pick it up
    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    // the seed table, one row per cell; PHONE is answered live and resolves like MAIL
    @ParameterizedTest(name = "{0} {1}: first answer {2}, resolution {3}")
    @CsvSource({
        "MAIL,          CRITICAL, PT1H,  PT2H",
        "MAIL,          HIGH,     PT1H,  PT8H",
        "MAIL,          MIDDLE,   PT1H,  PT12H",
        "MAIL,          LOW,      PT1H,  PT48H",
        "FEEDBACK_FORM, CRITICAL, PT1H,  PT2H",
        "FEEDBACK_FORM, HIGH,     PT1H,  PT8H",
        "FEEDBACK_FORM, MIDDLE,   PT1H,  PT12H",
        "FEEDBACK_FORM, LOW,      PT1H,  PT48H",
        "TELEGRAM,      CRITICAL, PT15M, PT2H",
        "TELEGRAM,      HIGH,     PT15M, PT4H",
        "TELEGRAM,      MIDDLE,   PT15M, PT8H",
        "TELEGRAM,      LOW,      PT15M, PT48H",
        "FACEBOOK,      CRITICAL, PT15M, PT2H",
        "FACEBOOK,      HIGH,     PT15M, PT8H",
        "FACEBOOK,      MIDDLE,   PT15M, PT12H",
        "FACEBOOK,      LOW,      PT15M, PT48H",
        "VK,            CRITICAL, PT15M, PT2H",
        "VK,            HIGH,     PT15M, PT8H",
        "VK,            MIDDLE,   PT15M, PT12H",
        "VK,            LOW,      PT15M, PT48H",
        "PHONE,         CRITICAL, PT0S,  PT2H",
        "PHONE,         HIGH,     PT0S,  PT8H",
        "PHONE,         MIDDLE,   PT0S,  PT12H",
        "PHONE,         LOW,      PT0S,  PT48H"
    })
    void standardTimes(String channel, String priority, String firstResponse, String resolution) {
        DmnDecisionRuleResult result = sla(channel, priority, false);

        assertThat((String) result.getEntry("firstResponse")).isEqualTo(firstResponse);
        assertThat((String) result.getEntry("resolution")).isEqualTo(resolution);
        assertThat((Double) result.getEntry("warningShare")).isEqualTo(0.8);
        // callers parse the outputs as ISO-8601 durations
        assertThat(Duration.parse(result.getEntry("firstResponse")).isNegative()).isFalse();
        assertThat(Duration.parse(result.getEntry("resolution"))).isPositive();
    }

    @ParameterizedTest(name = "Managed Services on {0}")
    @CsvSource({
        "MAIL,     CRITICAL, PT1H",
        "MAIL,     HIGH,     PT4H",
        "MAIL,     MIDDLE,   PT8H",
        "MAIL,     LOW,      PT24H",
        "TELEGRAM, CRITICAL, PT1H",
        "TELEGRAM, HIGH,     PT4H",
        "TELEGRAM, MIDDLE,   PT8H",
        "TELEGRAM, LOW,      PT24H",
        "PHONE,    CRITICAL, PT1H",
        "PHONE,    LOW,      PT24H",
        "VK,       HIGH,     PT4H",
        "FACEBOOK, MIDDLE,   PT8H",
        "FEEDBACK_FORM, LOW, PT24H"
    })
    void managedServicesCustomersGetPrioritySupportOnEveryChannel(String channel, String priority, String resolution) {
        DmnDecisionRuleResult result = sla(channel, priority, true);

        assertThat((String) result.getEntry("firstResponse")).isEqualTo("PT15M");
        assertThat((String) result.getEntry("resolution")).isEqualTo(resolution);
        assertThat((Double) result.getEntry("warningShare")).isEqualTo(0.8);
    }

    @ParameterizedTest(name = "{0} without the managedServices flag")
    @ValueSource(strings = {"MAIL", "TELEGRAM", "PHONE"})
    void aMissingManagedServicesFlagMeansNoContract(String channel) {
        Map<String, Object> values = new HashMap<>();
        values.put("channel", channel);
        values.put("priority", "HIGH");
        values.put("managedServices", null);

        DmnDecisionRuleResult result = engine.getDecisionService()
                .evaluateDecisionTableByKey("sla", Variables.fromMap(values)).getSingleResult();

        assertThat((String) result.getEntry("firstResponse")).isEqualTo(sla(channel, "HIGH", false).getEntry("firstResponse"));
        assertThat((String) result.getEntry("resolution")).isEqualTo(sla(channel, "HIGH", false).getEntry("resolution"));
    }

    private DmnDecisionRuleResult sla(String channel, String priority, boolean managedServices) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("sla", Variables.createVariables()
                        .putValue("channel", channel)
                        .putValue("priority", priority)
                        .putValue("managedServices", managedServices))
                .getSingleResult();
    }
}
