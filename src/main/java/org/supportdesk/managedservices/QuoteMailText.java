package org.supportdesk.managedservices;

import java.time.LocalDate;

import org.supportdesk.vocabulary.Language;

/** The words of the mail that carries a quote, in the customer's language. */
public final class QuoteMailText {

    private QuoteMailText() {
    }

    public static String subject(CostRequest request) {
        return request.customer().language() == Language.RU
                ? "Коммерческое предложение " + request.number() + " на услуги Managed Services"
                : "Quote " + request.number() + " for Managed Services";
    }

    public static String body(CostRequest request, Quote quote, LocalDate validUntil) {
        String oneOff = QuotePdf.money(quote.oneOffTotal());
        String monthly = QuotePdf.money(quote.monthlyTotal());
        CostRequest.Customer customer = request.customer();
        return customer.language() == Language.RU
                ? "Здравствуйте, " + customer.contactName() + "!\n\n"
                + "Во вложении коммерческое предложение " + request.number() + " для " + customer.company() + ".\n"
                + "Разовые работы: " + oneOff + " руб., ежемесячно: " + monthly + " руб. (без НДС).\n"
                + "Предложение действительно до " + validUntil + ".\n\n"
                + "Ответьте на это письмо, если у вас есть вопросы или вы готовы начать.\n\n"
                + "С уважением,\nотдел продаж"
                : "Hello " + customer.contactName() + ",\n\n"
                + "please find attached quote " + request.number() + " for " + customer.company() + ".\n"
                + "One-off work: RUB " + oneOff + "; monthly: RUB " + monthly + " (VAT not included).\n"
                + "The quote is valid until " + validUntil + ".\n\n"
                + "Reply to this mail with any questions, or when you are ready to start.\n\n"
                + "Kind regards,\nSales";
    }
}
