package org.supportdesk.managedservices.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.ManagedServicesSettings;
import org.supportdesk.managedservices.Quote;
import org.supportdesk.managedservices.QuoteIssued;
import org.supportdesk.managedservices.QuoteMailText;
import org.supportdesk.managedservices.QuotePdf;

/**
 * Service task "Issue quote": prices the request with the final discount, renders the PDF in the
 * customer's language, stores it with the request and mails it to the contact (valid for the
 * configured 30 days).
 */
@Component
class IssueQuoteDelegate implements JavaDelegate {

    private final CostRequestRepository requests;
    private final ServiceRates rates;
    private final QuotePdf pdf;
    private final ManagedServicesSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IssueQuoteDelegate(CostRequestRepository requests, ServiceRates rates, QuotePdf pdf,
                       ManagedServicesSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.requests = requests;
        this.rates = rates;
        this.pdf = pdf;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
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
            events.publishEvent(new QuoteIssued(request.number(), customer.contactEmail(), settings.getSalesEmail(),
                    customer.language(), QuoteMailText.subject(request),
                    QuoteMailText.body(request, quote, validUntil), fileName, document));
        }
    }
}
