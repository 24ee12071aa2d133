package org.supportdesk.managedservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/** The quote PDF read back as text: lines, totals and validity, in Russian and in English. */
class QuotePdfTest {

    private static final List<ManagedService> SERVICES = List.of(ManagedService.IT_OUTSOURCING,
            ManagedService.INFRASTRUCTURE_AUDIT);

    @Test
    void aRussianQuoteHoldsItsLinesAndTotals() throws IOException {
        String text = text(new QuotePdf().render(request(Language.RU), quote(), LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 24)));

        assertThat(text).contains("Коммерческое предложение MS-100042", "ООО «Ромашка»", "Действительно до: 2026-12-24",
                "Администрирование 24/7: работы, ч", "IT_OUTSOURCING: абонентская плата", "Аудит и консалтинг",
                "56 000.00", "220 000.00", "200 000.00", "Скидка 5 %", "Итого", "243 200.00", "275 500.00",
                "Суммы в рублях без НДС.");
    }

    @Test
    void anEnglishQuoteUsesEnglishWords() throws IOException {
        String text = text(new QuotePdf().render(request(Language.EN), quote(), LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 24)));

        assertThat(text).contains("Quote MS-100042", "Valid until: 2026-12-24", "24/7 administration: work, hours",
                "Subtotal", "256 000.00", "290 000.00", "Total", "243 200.00", "275 500.00")
                .doesNotContain("Итого");
    }

    private static Quote quote() {
        List<Scope> scopes = List.of(
                new Scope(ServiceGroup.ADMINISTRATION_24_7, new BigDecimal("16"), new BigDecimal("20"), null),
                new Scope(ServiceGroup.AUDIT_AND_CONSULTING, new BigDecimal("40"), BigDecimal.ZERO, null));
        return Quote.price(SERVICES, java.util.Map.of(
                ManagedService.IT_OUTSOURCING, new ServiceRate(ServiceGroup.ADMINISTRATION_24_7,
                        new BigDecimal("3500"), new BigDecimal("220000")),
                ManagedService.INFRASTRUCTURE_AUDIT, new ServiceRate(ServiceGroup.AUDIT_AND_CONSULTING,
                        new BigDecimal("5000"), BigDecimal.ZERO)), scopes, new BigDecimal("5"));
    }

    private static CostRequest request(Language language) {
        return new CostRequest(42, "MS-100042", CostRequestStatus.QUOTE_REVIEW,
                new CostRequest.Customer("ООО «Ромашка»", "Анна Смирнова", "anna@romashka.example", "romashka",
                        language),
                new CostRequest.Requirements(SERVICES,
                        new CostRequest.Environment(24, 96, 384, new BigDecimal("12.5"), 3, 1), null, null),
                new CostRequest.Origin(null, "sales", Instant.parse("2026-11-20T10:00:00Z")), null,
                new CostRequest.Outcome(null, null, null));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
