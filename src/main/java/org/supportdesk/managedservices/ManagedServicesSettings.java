package org.supportdesk.managedservices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long a quote is valid and when sales are reminded, read by the quote's timers in
 * managed-services-request.bpmn as {@code ${managedServicesSettings.quoteReminder}} and
 * {@code ${managedServicesSettings.quoteValidity}} (ISO-8601 durations).
 */
@Component("managedServicesSettings")
@ConfigurationProperties("supportdesk.managed-services")
public class ManagedServicesSettings {

    private Duration quoteValidFor = Duration.ofDays(30);
    private Duration remindSalesAfter = Duration.ofDays(25);
    /** Where customers' answers to a quote go (the sales mailbox); none: the support mailbox. */
    private String salesEmail;

    public String getQuoteValidity() {
        return quoteValidFor.toString();
    }

    public String getQuoteReminder() {
        return remindSalesAfter.toString();
    }

    public Duration getQuoteValidFor() {
        return quoteValidFor;
    }

    public void setQuoteValidFor(Duration quoteValidFor) {
        this.quoteValidFor = quoteValidFor;
    }

    public String getSalesEmail() {
        return salesEmail;
    }

    public void setSalesEmail(String salesEmail) {
        this.salesEmail = salesEmail;
    }

    public Duration getRemindSalesAfter() {
        return remindSalesAfter;
    }

    public void setRemindSalesAfter(Duration remindSalesAfter) {
        this.remindSalesAfter = remindSalesAfter;
    }
}
