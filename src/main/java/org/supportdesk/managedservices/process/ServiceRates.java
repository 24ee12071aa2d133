package org.supportdesk.managedservices.process;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.Quote;
import org.supportdesk.managedservices.Scope;
import org.supportdesk.managedservices.ServiceGroup;
import org.supportdesk.managedservices.ServiceRate;
import org.supportdesk.vocabulary.ManagedService;

/** Rates from the modelers' {@code ms-pricing} decision. */
@Service
public class ServiceRates {

    static final String PRICING_DECISION = "ms-pricing";

    private final DecisionService decisions;

    ServiceRates(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Map<ManagedService, ServiceRate> of(List<ManagedService> services, int vms) {
        Map<ManagedService, ServiceRate> rates = new EnumMap<>(ManagedService.class);
        for (ManagedService service : services) {
            DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(PRICING_DECISION,
                    Map.of("serviceCode", service.name(), "vms", vms)).getSingleResult();
            if (row == null) {
                throw new IllegalStateException("the ms-pricing decision has no row for " + service + " at " + vms
                        + " VMs");
            }
            rates.put(service, new ServiceRate(ServiceGroup.valueOf(row.getEntry("serviceGroup")),
                    amount(row.getEntry("hourlyRate")), amount(row.getEntry("monthlyFee"))));
        }
        return rates;
    }

    /** The rates of the request's services at its number of VMs. */
    Map<ManagedService, ServiceRate> of(CostRequest request) {
        return of(request.requirements().services(), request.requirements().environment().vms());
    }

    /**
     * The request priced: rates times the scoped hours, plus the monthly fees of 24/7 services, with the
     * discount sales gave (0 to 100 %; the review form checks it too).
     */
    Quote quote(CostRequest request, List<Scope> scopes, VariableScope form) {
        BigDecimal discount = FormValues.amount(form, CostRequestVariables.DISCOUNT_PERCENT)
                .min(BigDecimal.valueOf(100));
        return Quote.price(request.requirements().services(), of(request), scopes, discount);
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
