package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.ADDED_INFORMATION;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD_COMPANY;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD_CONTACT_NAME;
import static org.supportdesk.managedservices.process.CostRequestVariables.NOTES;
import static org.supportdesk.managedservices.process.CostRequestVariables.SALES_REP;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;
import org.supportdesk.managedservices.ManagedServicesSettings;
import org.supportdesk.managedservices.Quote;
import org.supportdesk.managedservices.QuoteIssued;
import org.supportdesk.managedservices.QuoteMailText;
import org.supportdesk.managedservices.QuotePdf;
import org.supportdesk.managedservices.SalesNotices;
import org.supportdesk.managedservices.Scope;
import org.supportdesk.managedservices.ServiceGroup;

/**
 * The thin service tasks and task listeners of managed-services-request.bpmn (read the variables, call the
 * repository), each a bean named as the model's {@code delegateExpression} names it. Those with rules of
 * their own (register, record decision) have classes.
 */
@Configuration(proxyBeanMethods = false)
class CostRequestTasks {

    /** "Decline request": presales' reason is kept for sales. */
    @Bean
    JavaDelegate declineCostRequestDelegate(CostRequestRepository requests) {
        return execution -> requests.markDeclined(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                Objects.toString(execution.getVariable(CostRequestVariables.QUALIFICATION_NOTE), null));
    }

    /** "Finish onboarding": every onboarding is done; the services run. */
    @Bean
    JavaDelegate finishOnboardingDelegate(CostRequestRepository requests) {
        return execution -> requests.updateStatus(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                CostRequestStatus.ACTIVE);
    }

    /** "Mark quote expired": 30 days without the customer's answer. */
    @Bean
    JavaDelegate markQuoteExpiredDelegate(CostRequestRepository requests) {
        return execution -> requests.updateStatus(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                CostRequestStatus.EXPIRED);
    }

    /**
     * "Price request": rates from the ms-pricing decision times the scoped hours, plus the monthly fees of
     * 24/7 services; with the discount sales gave, if any (the quote is priced again after their review).
     */
    @Bean
    JavaDelegate priceCostRequestDelegate(CostRequestRepository requests, ServiceRates rates) {
        return execution -> {
            CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
            requests.saveQuote(request.id(), rates.quote(request, requests.scopes(request.id()), execution));
            requests.updateStatus(request.id(), CostRequestStatus.QUOTE_REVIEW);
        };
    }

    /**
     * "Issue quote": prices the request with the final discount, renders the PDF in the customer's language,
     * stores it with the request and mails it to the contact (valid for the configured 30 days).
     */
    @Bean
    JavaDelegate issueQuoteDelegate(CostRequestRepository requests, ServiceRates rates, QuotePdf pdf,
                                    ManagedServicesSettings settings, Clock clock, ApplicationEventPublisher events) {
        return execution -> {
            CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
            Quote quote = rates.quote(request, requests.scopes(request.id()), execution);
            requests.saveQuote(request.id(), quote);
            Instant now = clock.instant();
            LocalDate issuedOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LocalDate validUntil = LocalDate.ofInstant(now.plus(settings.getQuoteValidFor()), ZoneOffset.UTC);
            byte[] document = pdf.render(request, quote, issuedOn, validUntil);
            String fileName = "quote-" + request.number() + ".pdf";
            requests.saveQuoteDocument(request.id(), fileName, document, now, validUntil);
            CostRequest.Customer customer = request.customer();
            if (!customer.contactEmail().isBlank()) {
                events.publishEvent(new QuoteIssued(request.number(), customer.contactEmail(),
                        settings.getSalesEmail(), customer.language(), QuoteMailText.subject(request),
                        QuoteMailText.body(request, quote, validUntil), fileName, document));
            }
        };
    }

    /**
     * "Create contract": from its start date (the agreed one, else the desired one, never in the past) the
     * customer's appeals get priority support through the sla decision's contract rows.
     */
    @Bean
    JavaDelegate createContractDelegate(CostRequestRepository requests, Clock clock) {
        return execution -> {
            CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LocalDate agreed = FormValues.date(execution, CostRequestVariables.CONTRACT_START);
            LocalDate start = agreed != null ? agreed : request.requirements().desiredStart();
            if (start == null || start.isBefore(today)) {
                start = today;
            }
            requests.insertContract(request, start, now);
            requests.markDecided(request.id(), CostRequestStatus.ONBOARDING, null, now);
        };
    }

    /** "Record refusal": the customer said no; their reason is kept for sales. */
    @Bean
    JavaDelegate recordRefusalDelegate(CostRequestRepository requests, Clock clock) {
        return execution -> requests.markDecided(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                CostRequestStatus.REFUSED,
                Objects.toString(execution.getVariable(CostRequestVariables.REFUSAL_REASON), null), clock.instant());
    }

    /** "Remind sales of expiry": the quote runs out soon and the customer has not answered. */
    @Bean
    JavaDelegate remindSalesOfQuoteExpiryDelegate(CostRequestRepository requests, SalesNotices notices,
                                                  Clock clock) {
        return execution -> notices.quoteExpiring(requests.getByNumber(execution.getProcessBusinessKey()),
                clock.instant());
    }

    /**
     * On the request's user tasks (create): the sales representative who filed the request owns each of
     * its tasks, so they follow the request in Tasklist's "My cost requests" while presales, engineers or
     * sales leads work on it. Ownership gives read access to that task only.
     */
    @Bean
    TaskListener salesRepOwnsTaskListener() {
        return task -> {
            if (task.getVariable(SALES_REP) instanceof String user && !user.isBlank()) {
                task.setOwner(user);
            }
        };
    }

    /** On "Add information" (complete): what sales found out is added to the request's notes. */
    @Bean
    TaskListener recordAddedInformationListener(CostRequestRepository requests) {
        return task -> {
            String added = FormValues.text(task, ADDED_INFORMATION);
            if (added != null) {
                requests.appendNotes(requests.getByNumber(task.getExecution().getProcessBusinessKey()), added);
            }
        };
    }

    /**
     * On "Scope service group" (complete): keeps the engineer's hours and assumptions for the group. The
     * task's input mapping makes the form's fields local to each parallel task, so two engineers scoping at
     * once do not overwrite each other.
     */
    @Bean
    TaskListener recordScopeListener(CostRequestRepository requests, Clock clock) {
        return task -> {
            // hours are never negative; a missing field counts as none
            Scope scope = new Scope(ServiceGroup.valueOf((String) task.getVariable(CostRequestVariables.SERVICE_GROUP)),
                    FormValues.amount(task, CostRequestVariables.ONE_OFF_HOURS),
                    FormValues.amount(task, CostRequestVariables.MONTHLY_HOURS),
                    (String) task.getVariable(CostRequestVariables.ASSUMPTIONS));
            requests.saveScope(requests.getByNumber(task.getExecution().getProcessBusinessKey()).id(), scope,
                    task.getAssignee(), clock.instant());
        };
    }

    /**
     * On "Complete lead" (complete): the services and environment sales found out go to the request, and
     * the company and contact person when sales corrected them. A lead nobody filed becomes the request of
     * the sales member who completed it: they own its next tasks and follow it.
     */
    @Bean
    TaskListener recordLeadDetailsListener(CostRequestRepository requests) {
        return task -> {
            CostRequest request = requests.getByNumber(task.getExecution().getProcessBusinessKey());
            requests.completeLead(request.id(), FormValues.services(task), FormValues.environment(task),
                    (String) task.getVariable(NOTES), FormValues.text(task, LEAD_COMPANY),
                    FormValues.text(task, LEAD_CONTACT_NAME));
            if (FormValues.text(task, SALES_REP) == null && task.getAssignee() != null) {
                task.getExecution().setVariable(SALES_REP, task.getAssignee());
            }
        };
    }

    /**
     * On every step of the four onboarding models (complete): records the step for sales to follow in
     * {@code GET /api/managed-services/requests/{number}}.
     */
    @Bean
    TaskListener onboardingStepListener(CostRequestRepository requests, Clock clock) {
        return task -> {
            String onboarding = task.getProcessEngineServices().getRepositoryService()
                    .getProcessDefinition(task.getProcessDefinitionId()).getKey();
            Object notes = task.getVariable(OnboardingVariables.STEP_NOTES);
            requests.findByNumber(task.getExecution().getProcessBusinessKey()).ifPresent(request ->
                    requests.recordOnboardingStep(request.id(), onboarding, task.getName(), task.getAssignee(),
                            notes == null ? null : notes.toString(), clock.instant()));
        };
    }
}
