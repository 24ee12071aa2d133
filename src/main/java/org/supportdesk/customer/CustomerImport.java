package org.supportdesk.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.input.StorableText;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * Imports the directory from CSV: every line is checked first, and either all are written in one
 * transaction or none (the answer names each bad line and column).
 *
 * <p>Columns (header required, any order): {@code login, company, language, project,
 * project_name, region, contact_name, channel, address, owner}. {@code owner} is yes or no (also
 * true/false, 1/0, да/нет; empty means yes); anything else is refused rather than guessed.
 */
@Service
public class CustomerImport {

    static final List<String> COLUMNS = List.of("login", "company", "language", "project", "project_name", "region",
            "contact_name", "channel", "address", "owner");
    private static final List<String> REQUIRED = List.of("login", "contact_name", "channel", "address");
    private static final int MAX_LINES = 50_000;
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@+-]{2,100}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern NUMERIC_ID = Pattern.compile("-?[0-9]{1,20}");
    private static final List<String> YES = List.of("yes", "y", "true", "1", "да");
    private static final List<String> NO = List.of("no", "n", "false", "0", "нет");

    private final CustomerDirectory directory;
    private final Clock clock;

    CustomerImport(CustomerDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public record Result(int lines, int customers, int projects, int contacts) {
    }

    @Transactional
    public Result importCsv(String csv) {
        List<List<String>> rows = CsvRows.parse(csv == null ? "" : csv);
        List<CustomerImportException.LineError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new CustomerImportException(List.of(new CustomerImportException.LineError(1, "header",
                    "empty file; expected the header " + String.join(",", COLUMNS))));
        }
        Map<String, Integer> index = header(rows.get(0), errors);
        if (!errors.isEmpty()) {
            throw new CustomerImportException(errors);
        }
        if (rows.size() - 1 > MAX_LINES) {
            throw new CustomerImportException(List.of(new CustomerImportException.LineError(MAX_LINES + 2, "-",
                    "at most " + MAX_LINES + " lines per import")));
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            DirectoryEntry entry = entry(i + 1, rows.get(i), index, errors);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (!errors.isEmpty()) {
            throw new CustomerImportException(errors);
        }
        for (DirectoryEntry entry : entries) {
            directory.upsert(entry, clock.instant());
        }
        return new Result(entries.size(), (int) entries.stream().map(DirectoryEntry::login).distinct().count(),
                (int) entries.stream().map(DirectoryEntry::projectCode).filter(p -> p != null).distinct().count(),
                (int) entries.stream().map(e -> e.channel() + ":" + e.address()).distinct().count());
    }

    private static Map<String, Integer> header(List<String> header, List<CustomerImportException.LineError> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).toLowerCase(Locale.ROOT).strip();
            if (!COLUMNS.contains(column)) {
                errors.add(new CustomerImportException.LineError(1, column, "unknown column; expected "
                        + String.join(",", COLUMNS)));
            }
            index.put(column, i);
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                errors.add(new CustomerImportException.LineError(1, required, "missing column"));
            }
        }
        return index;
    }

    private DirectoryEntry entry(int line, List<String> row, Map<String, Integer> index,
                                 List<CustomerImportException.LineError> errors) {
        int before = errors.size();
        String login = value(row, index, "login");
        if (login == null || !LOGIN.matcher(login).matches()) {
            errors.add(new CustomerImportException.LineError(line, "login", "2-100 letters, digits or ._@+-"));
        }
        Language language = Language.EN;
        String languageValue = value(row, index, "language");
        if (languageValue != null) {
            try {
                language = Language.valueOf(languageValue.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new CustomerImportException.LineError(line, "language", "RU or EN"));
            }
        }
        String project = value(row, index, "project");
        String region = value(row, index, "region");
        if (project != null && !CODE.matcher(project).matches()) {
            errors.add(new CustomerImportException.LineError(line, "project", "letters, digits or ._-"));
        }
        if (project != null && region == null) {
            errors.add(new CustomerImportException.LineError(line, "region", "required with a project"));
        }
        if (project != null && login != null && directory.projectOfAnotherCustomer(project, login)) {
            errors.add(new CustomerImportException.LineError(line, "project", "belongs to another customer"));
        }
        String name = value(row, index, "contact_name");
        if (name == null || name.length() > 200) {
            errors.add(new CustomerImportException.LineError(line, "contact_name", "required, at most 200 characters"));
        }
        Channel channel = null;
        String channelValue = value(row, index, "channel");
        try {
            channel = channelValue == null ? null : Channel.valueOf(channelValue.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (channel == null || channel == Channel.FEEDBACK_FORM || channel == Channel.PHONE) {
            errors.add(new CustomerImportException.LineError(line, "channel", "MAIL, TELEGRAM, VK or FACEBOOK"));
        }
        String address = value(row, index, "address");
        if (address == null || channel != null && !addressFits(channel, address)) {
            errors.add(new CustomerImportException.LineError(line, "address", channel == Channel.MAIL
                    ? "a mail address" : "the numeric chat, peer or page-scoped id"));
        }
        String owner = value(row, index, "owner");
        boolean isOwner = owner == null || YES.contains(owner.toLowerCase(Locale.ROOT));
        if (owner != null && !isOwner && !NO.contains(owner.toLowerCase(Locale.ROOT))) {
            errors.add(new CustomerImportException.LineError(line, "owner", "yes or no (true/false, 1/0, да/нет);"
                    + " empty means yes"));
        }
        String company = value(row, index, "company");
        if (company != null && company.length() > 200) {
            errors.add(new CustomerImportException.LineError(line, "company", "at most 200 characters"));
        }
        String projectName = value(row, index, "project_name");
        if (projectName != null && projectName.length() > 200) {
            errors.add(new CustomerImportException.LineError(line, "project_name", "at most 200 characters"));
        }
        if (region != null && region.length() > 50) {
            errors.add(new CustomerImportException.LineError(line, "region", "at most 50 characters"));
        }
        for (String column : COLUMNS) {
            if (!StorableText.storable(value(row, index, column))) {
                errors.add(new CustomerImportException.LineError(line, column, StorableText.PROBLEM));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new DirectoryEntry(login, company, language, project, projectName, region, name, channel,
                channel == Channel.MAIL ? address.toLowerCase(Locale.ROOT) : address, isOwner);
    }

    private static boolean addressFits(Channel channel, String address) {
        return channel == Channel.MAIL ? EMAIL.matcher(address).matches() && address.length() <= 320
                : NUMERIC_ID.matcher(address).matches();
    }

    private static String value(List<String> row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null || i >= row.size()) {
            return null;
        }
        String value = row.get(i).strip();
        return value.isEmpty() ? null : value;
    }
}
