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
    void everyCategoryOfTheVocabularyHasExactlyOneRule() {
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
        Map<String, Object> values = new HashMap<>();
        values.put("category", null);

        DmnDecisionRuleResult result = engine.getDecisionService()
                .evaluateDecisionTableByKey("competency", Variables.fromMap(values)).getSingleResult();

        assertThat((String) result.getEntry("handling")).isEqualTo("TRIAGE");
        assertThat((Boolean) result.getEntry("inScope")).isTrue();
        assertThat((String) result.getEntry("reasonCode")).isNull();
    }

    private DmnDecisionRuleResult competency(String category) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("competency", Variables.createVariables().putValue("category", category))
                .getSingleResult();
    }
}
