package org.supportdesk.managedservices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.supportdesk.vocabulary.Language;

/**
 * The quote as a PDF in the customer's language: lines, sums, discount, totals and validity. The
 * font is embedded (DejaVu Sans), so Cyrillic shows on any reader.
 */
@Component
public class QuotePdf {

    private static final float MARGIN = 50;
    private static final float LINE = 15;

    public byte[] render(CostRequest request, Quote quote, LocalDate issuedOn, LocalDate validUntil) {
        CostRequest.Customer customer = request.customer();
        Texts t = Texts.of(customer.language());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            List<String[]> rows = new ArrayList<>();
            for (QuoteLine line : quote.lines()) {
                rows.add(new String[] {t.describe(line), number(line.quantity()), money(line.unitPrice()),
                        money(line.oneOffAmount()), money(line.monthlyAmount())});
            }
            Writer writer = new Writer(document);
            writer.text(bold, 16, t.title + " " + request.number());
            writer.gap();
            writer.text(regular, 10, t.customer + ": " + customer.company() + " (" + customer.contactName() + ", "
                    + customer.contactEmail() + ")");
            writer.text(regular, 10, t.issued + ": " + date(issuedOn) + "    " + t.validUntil + ": " + date(validUntil));
            writer.text(regular, 10, t.environment + ": " + t.describe(request.requirements().environment()));
            writer.gap();
            writer.row(bold, t.headers);
            for (String[] row : rows) {
                writer.row(regular, row);
            }
            writer.gap();
            writer.row(regular, new String[] {t.subtotal, "", "", money(quote.oneOffSubtotal()),
                    money(quote.monthlySubtotal())});
            writer.row(regular, new String[] {t.discount + " " + number(quote.discountPercent()) + " %", "", "",
                    money(quote.oneOffSubtotal().subtract(quote.oneOffTotal())),
                    money(quote.monthlySubtotal().subtract(quote.monthlyTotal()))});
            writer.row(bold, new String[] {t.total, "", "", money(quote.oneOffTotal()), money(quote.monthlyTotal())});
            writer.gap();
            writer.text(regular, 9, t.currencyNote);
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the quote of " + request.number(), e);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = QuotePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing");
            }
            return PDType0Font.load(document, in);
        }
    }

    public static String money(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator('.');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {

        private static final float[] COLUMNS = {0, 250, 300, 380, 460};

        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void text(PDFont font, float size, String text) throws IOException {
            at(font, size, MARGIN, text);
            y -= LINE + (size > 12 ? 6 : 0);
        }

        void row(PDFont font, String[] cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                at(font, 9, MARGIN + COLUMNS[i], cells[i]);
            }
            y -= LINE;
        }

        void gap() {
            y -= LINE / 2;
        }

        private void at(PDFont font, float size, float x, String text) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            content.close();
        }
    }

    /** The quote's words in Russian or English. */
    private record Texts(boolean russian, String title, String customer, String issued, String validUntil,
                         String environment, String[] headers, String subtotal, String discount, String total,
                         String currencyNote) {

        static Texts of(Language language) {
            return language == Language.RU
                    ? new Texts(true, "Коммерческое предложение", "Клиент", "Дата", "Действительно до", "Окружение",
                    new String[] {"Позиция", "Кол-во", "Цена", "Разово", "В месяц"}, "Сумма", "Скидка", "Итого",
                    "Суммы в рублях без НДС.")
                    : new Texts(false, "Quote", "Customer", "Issued", "Valid until", "Environment",
                    new String[] {"Item", "Qty", "Price", "One-off", "Monthly"}, "Subtotal", "Discount", "Total",
                    "Amounts in RUB, VAT not included.");
        }

        String describe(CostRequest.Environment env) {
            return russian
                    ? "ВМ " + env.vms() + ", vCPU " + env.vcpu() + ", ОЗУ " + env.ramGb() + " ГБ, хранилище "
                    + number(env.storageTb()) + " ТБ, БД " + env.databases() + ", кластеров Kubernetes "
                    + env.k8sClusters()
                    : env.vms() + " VMs, " + env.vcpu() + " vCPU, " + env.ramGb() + " GB RAM, "
                    + number(env.storageTb()) + " TB storage, " + env.databases() + " databases, "
                    + env.k8sClusters() + " Kubernetes clusters";
        }

        String describe(QuoteLine line) {
            String group = switch (line.group()) {
                case ADMINISTRATION_24_7 -> russian ? "Администрирование 24/7" : "24/7 administration";
                case AUDIT_AND_CONSULTING -> russian ? "Аудит и консалтинг" : "Audit and consulting";
                case CONFIGURATION -> russian ? "Настройка и внедрение" : "Configuration and implementation";
            };
            return switch (line.kind()) {
                case ONE_OFF_HOURS -> group + (russian ? ": работы, ч" : ": work, hours");
                case MONTHLY_HOURS -> group + (russian ? ": работы в месяц, ч" : ": hours per month");
                case MONTHLY_FEE -> line.service().name() + (russian ? ": абонентская плата" : ": monthly fee");
            };
        }
    }
}
