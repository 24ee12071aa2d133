package org.supportdesk.managedservices.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supportdesk.managedservices.Quote;
import org.supportdesk.managedservices.Scope;
import org.supportdesk.managedservices.ServiceGroup;
import org.supportdesk.vocabulary.ManagedService;

/** The ms-pricing and ms-discount-approval decisions, and a quote priced from them end to end. */
@Deployment(resources = "processes/ms-pricing.dmn")
class MsPricingDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    @ParameterizedTest(name = "{0} with {1} VMs: {2}, {3}/h, {4} a month")
    @CsvSource({
        "IT_OUTSOURCING,           5, ADMINISTRATION_24_7,  3500,  90000",
        "IT_OUTSOURCING,          10, ADMINISTRATION_24_7,  3500,  90000",
        "IT_OUTSOURCING,          11, ADMINISTRATION_24_7,  3500, 220000",
        "IT_OUTSOURCING,          50, ADMINISTRATION_24_7,  3500, 220000",
        "IT_OUTSOURCING,          51, ADMINISTRATION_24_7,  3500, 450000",
        "TECH_SUPPORT,            24, ADMINISTRATION_24_7,  3500,  90000",
        "MONITORING,              24, ADMINISTRATION_24_7,  3500,  60000",
        "INCIDENT_RESPONSE,      200, ADMINISTRATION_24_7,  3500, 160000",
        "DISASTER_RECOVERY,        0, ADMINISTRATION_24_7,  3500,  30000",
        "ARCHITECTURE_CONSULTING, 24, AUDIT_AND_CONSULTING, 5000,      0",
        "INFRASTRUCTURE_AUDIT,   300, AUDIT_AND_CONSULTING, 5000,      0",
        "PERFORMANCE_AUDIT,        1, AUDIT_AND_CONSULTING, 5000,      0",
        "MONITORING_SETUP,        24, CONFIGURATION,        4000,      0",
        "BACKUP_HA_DR_SETUP,      24, CONFIGURATION,        4000,      0",
        "PAAS_UPDATES,            24, CONFIGURATION,        4000,      0",
        "MIGRATION,               24, CONFIGURATION,        4000,      0"
    })
    void ratesPerServiceAndSize(String service, int vms, String group, double hourlyRate, double monthlyFee) {
        DmnDecisionRuleResult row = pricing(service, vms);

        assertThat((String) row.getEntry("serviceGroup")).isEqualTo(group);
        assertThat(((Number) row.getEntry("hourlyRate")).doubleValue()).isEqualTo(hourlyRate);
        assertThat(((Number) row.getEntry("monthlyFee")).doubleValue()).isEqualTo(monthlyFee);
    }

    @Test
    void everyServiceCodeHasARate() {
        for (ManagedService service : ManagedService.values()) {
            for (int vms : new int[] {0, 30, 1000}) {
                assertThat(pricing(service.name(), vms)).as(service + " at " + vms).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0} % -> approval {1}")
    @CsvSource({"0, false", "5, false", "10, false", "10.5, true", "25, true", "100, true"})
    void discountsAboveTenPercentNeedApproval(double discount, boolean approvalRequired) {
        Object required = engine.getDecisionService()
                .evaluateDecisionTableByKey("ms-discount-approval", Map.of("discountPercent", discount))
                .getSingleEntry();

        assertThat(required).isEqualTo(approvalRequired);
    }

    /**
     * Worked example: IT outsourcing and monitoring for 24 VMs, an infrastructure audit and a
     * migration. 24/7: 16 h one-off and 20 h a month at 3,500; audit 40 h at 5,000; migration 60 h at
     * 4,000; monthly fees 220,000 (IT outsourcing, 11-50 VMs) and 60,000 (monitoring).
     */
    @Test
    void aQuotePricedFromTheDecision() {
        List<ManagedService> services = List.of(ManagedService.IT_OUTSOURCING, ManagedService.MONITORING,
                ManagedService.INFRASTRUCTURE_AUDIT, ManagedService.MIGRATION);
        ServiceRates rates = new ServiceRates(engine.getDecisionService());
        List<Scope> scopes = List.of(
                new Scope(ServiceGroup.ADMINISTRATION_24_7, new BigDecimal("16"), new BigDecimal("20"), null),
                new Scope(ServiceGroup.AUDIT_AND_CONSULTING, new BigDecimal("40"), BigDecimal.ZERO, null),
                new Scope(ServiceGroup.CONFIGURATION, new BigDecimal("60"), BigDecimal.ZERO, null));

        Quote quote = Quote.price(services, rates.of(services, 24), scopes, new BigDecimal("5"));

        // 56,000 + 200,000 + 240,000 one-off; 70,000 + 220,000 + 60,000 a month
        assertThat(quote.oneOffSubtotal()).isEqualByComparingTo("496000");
        assertThat(quote.monthlySubtotal()).isEqualByComparingTo("350000");
        assertThat(quote.oneOffTotal()).isEqualByComparingTo("471200");
        assertThat(quote.monthlyTotal()).isEqualByComparingTo("332500");
        assertThat(quote.lines()).extracting(line -> line.kind() + " " + line.group()
                        + (line.service() == null ? "" : " " + line.service()))
                .containsExactly("ONE_OFF_HOURS ADMINISTRATION_24_7", "MONTHLY_HOURS ADMINISTRATION_24_7",
                        "ONE_OFF_HOURS AUDIT_AND_CONSULTING", "ONE_OFF_HOURS CONFIGURATION",
                        "MONTHLY_FEE ADMINISTRATION_24_7 IT_OUTSOURCING", "MONTHLY_FEE ADMINISTRATION_24_7 MONITORING");
    }

    private DmnDecisionRuleResult pricing(String service, int vms) {
        return engine.getDecisionService()
                .evaluateDecisionTableByKey("ms-pricing", Map.of("serviceCode", service, "vms", vms))
                .getSingleResult();
    }
}
