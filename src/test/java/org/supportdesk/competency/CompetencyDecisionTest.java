package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.supportdesk.vocabulary.Category;

@Deployment(resources = "processes/competency.dmn")
class CompetencyDecisionTest {

    // the in-memory engine for model tests, named so that application tests do not pick it up
    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ARCHITECTURE_CONSULTING, SUPPORT, true,  ",
        "RESOURCE_DIAGNOSTICS,    SUPPORT, true,  ",
        "ACCOUNT_RECOVERY,        SUPPORT, true,  ",
        "BILLING,                 SUPPORT, true,  ",
        "TROUBLESHOOTING,         SUPPORT, true,  ",
        "SERVICE_SETUP,           SUPPORT, true,  ",
        "SOFTWARE_DEVELOPMENT,    REJECT,  false, SOFTWARE_DEVELOPMENT",
        "CODE_DEBUGGING,          REJECT,  false, CODE_DEBUGGING",
        "THIRD_PARTY_CONSULTING,  REJECT,  false, THIRD_PARTY_CONSULTING",
        "MANAGED_SERVICES,        SALES,   false, MANAGED_SERVICES",
        "UNCLASSIFIED,            TRIAGE,  true,  "
    })
    void handlingOfEveryCategory(String category, String handling, boolean inScope, String reasonCode) {
        DmnDecisionRuleResult result = competency(category);

        assertThat((String) result.getEntry("handling")).isEqualTo(handling);
        assertThat((Boolean) result.getEntry("inScope")).isEqualTo(inScope);
        assertThat((String) result.getEntry("reasonCode")).isEqualTo(reasonCode);
    }

    @Test
    void everyCategoryOfTheVocabularyHasARule() {
        Arrays.stream(Category.values()).forEach(category ->
                assertThat(competency(category.name()).getEntry("handling").toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ARCHITECTURE_CONSULTING", "RESOURCE_DIAGNOSTICS", "ACCOUNT_RECOVERY", "BILLING",
            "TROUBLESHOOTING", "SERVICE_SETUP", "UNCLASSIFIED"})
    void handledRequestsGetNoAutomaticReply(String category) {
        DmnDecisionRuleResult result = competency(category);

        assertThat((String) result.getEntry("replyEn")).isNull();
        assertThat((String) result.getEntry("replyRu")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOFTWARE_DEVELOPMENT", "CODE_DEBUGGING", "THIRD_PARTY_CONSULTING", "MANAGED_SERVICES"})
    void outOfScopeAndSalesRepliesAreGivenInBothLanguages(String category) {
        DmnDecisionRuleResult result = competency(category);
        String english = result.getEntry("replyEn");
        String russian = result.getEntry("replyRu");

        assertThat(english).isNotBlank().contains("{number}").doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(russian).isNotBlank().contains("{number}").containsPattern("\\p{IsCyrillic}{4,}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOFTWARE_DEVELOPMENT", "CODE_DEBUGGING", "THIRD_PARTY_CONSULTING"})
    void rejectionsSayWhatSupportDoesInstead(String category) {
        DmnDecisionRuleResult result = competency(category);

        assertThat((String) result.getEntry("replyEn")).contains("diagnose", "set up our services", "Managed Services");
        assertThat((String) result.getEntry("replyRu")).contains("диагностику", "настроить наши сервисы", "Managed Services");
    }

    @Test
    void managedServicesRequestsAreHandedToSales() {
        DmnDecisionRuleResult result = competency("MANAGED_SERVICES");

        assertThat((String) result.getEntry("replyEn")).contains("sales team", "cost");
        assertThat((String) result.getEntry("replyRu")).contains("отдел продаж", "стоимость");
    }

    @Test
    void noCategoryIsLeftToTriage() {
        DmnDecisionRuleResult result = competency(null, "GIVEN", null);

        assertThat((String) result.getEntry("handling")).isEqualTo("TRIAGE");
        assertThat((Boolean) result.getEntry("inScope")).isTrue();
        assertThat((String) result.getEntry("reasonCode")).isNull();
    }

    @ParameterizedTest(name = "{0} at {1} (category {2}), in-scope phrase {3} -> {4}")
    @CsvSource({
        "CODE_DEBUGGING,         0.95, 0.95, false, REJECT",
        "CODE_DEBUGGING,         0.64, 0.64, false, TRIAGE",
        "CODE_DEBUGGING,         0.65, 0.65, false, REJECT",
        "CODE_DEBUGGING,         0.64, 0.64, true,  SUPPORT",
        "CODE_DEBUGGING,         0.65, 0.65, true,  REJECT",
        "SOFTWARE_DEVELOPMENT,   0.73, 0.73, false, TRIAGE",
        "SOFTWARE_DEVELOPMENT,   0.74, 0.74, true,  REJECT",
        "THIRD_PARTY_CONSULTING, 0.72, 0.72, false, TRIAGE",
        "THIRD_PARTY_CONSULTING, 0.72, 0.72, true,  SUPPORT",
        "THIRD_PARTY_CONSULTING, 0.73, 0.73, true,  REJECT",
        "THIRD_PARTY_CONSULTING, 0.73, 0.73, false, REJECT",
        "THIRD_PARTY_CONSULTING, 0.5,  0.5,  false, TRIAGE",
        "MANAGED_SERVICES,       0.62, 0.62, false, SALES",
        "MANAGED_SERVICES,       0.61, 0.61, false, TRIAGE",
        "MANAGED_SERVICES,       0.74, 0.74, true,  SUPPORT",
        "MANAGED_SERVICES,       0.75, 0.75, true,  SALES",
        "BILLING,                0.51, 0.51, false, SUPPORT",
        "BILLING,                0.49, 0.49, false, TRIAGE",
        "TROUBLESHOOTING,        0.1,  0.1,  true,  SUPPORT",
        "BILLING,                0.9,  0.9,  true,  SUPPORT",
        // an in-scope category is set by its own probability, not by the summed in-scope confidence
        "BILLING,                0.9,  0.36, false, TRIAGE",
        "BILLING,                0.9,  0.5,  false, SUPPORT",
        // a text between debugging and development is still surely out of scope
        "CODE_DEBUGGING,         0.85, 0.45, false, REJECT",
        "THIRD_PARTY_CONSULTING, 0.9,  0.4,  true,  REJECT"
    })
    void classifierGuessesDecideOnlyAboveTheirThresholds(String category, double confidence, double categoryConfidence,
                                                         boolean inScopePhrase, String handling) {
        DmnDecisionRuleResult result = competency(category, "MODEL", confidence, categoryConfidence, inScopePhrase);

        assertThat((String) result.getEntry("handling")).isEqualTo(handling);
        assertThat((Boolean) result.getEntry("inScope")).isEqualTo(!handling.equals("REJECT") && !handling.equals("SALES"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIVEN", "RULE"})
    void givenAndRuleCategoriesIgnoreTheThresholds(String source) {
        assertThat((String) competency("CODE_DEBUGGING", source, null).getEntry("handling")).isEqualTo("REJECT");
        assertThat((String) competency("MANAGED_SERVICES", source, null).getEntry("handling")).isEqualTo("SALES");
    }

    @Test
    void noClassifierGuessEverRejectsAnInScopeCategory() {
        for (String category : new String[] {"ARCHITECTURE_CONSULTING", "RESOURCE_DIAGNOSTICS", "ACCOUNT_RECOVERY",
                "BILLING", "TROUBLESHOOTING", "SERVICE_SETUP", "UNCLASSIFIED"}) {
            for (double confidence : new double[] {0.0, 0.5, 0.9, 1.0}) {
                assertThat((Boolean) competency(category, "MODEL", confidence, confidence, false).getEntry("inScope"))
                        .isTrue();
                assertThat((Boolean) competency(category, "MODEL", confidence, confidence, true).getEntry("inScope"))
                        .isTrue();
            }
        }
    }

    private DmnDecisionRuleResult competency(String category) {
        return competency(category, "GIVEN", null);
    }

    private DmnDecisionRuleResult competency(String category, String source, Double confidence) {
        return competency(category, source, confidence, confidence, false);
    }

    private DmnDecisionRuleResult competency(String category, String source, Double confidence,
                                             Double categoryConfidence, boolean inScopePhrase) {
        Map<String, Object> values = new HashMap<>();
        values.put("category", category);
        values.put("source", source);
        values.put("confidence", confidence);
        values.put("categoryConfidence", categoryConfidence);
        values.put("inScopePhrase", inScopePhrase);
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("competency", Variables.fromMap(values))
                .getFirstResult();
    }
}
