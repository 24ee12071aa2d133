package org.supportdesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Every Camunda Form speaks both staff languages: each text a staff member reads (label,
 * description, option, text block, placeholder) is written "English / Русский" on one line, or as
 * an English paragraph with its Russian one. Tasklist then shows the reader's half (the workspace's
 * {@code bilingual.js}, whose splitting rule this test repeats). A text without its Russian is named
 * with its form and place, ready to translate.
 */
class FormTranslationsTest {

    private static final Path FORMS = Path.of("processes", "forms");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TRANSLATED = List.of("label", "dateLabel", "timeLabel", "description", "text",
            "placeholder");
    /** Names that read the same in both languages. */
    private static final Set<String> SAME_IN_BOTH = Set.of("vCPU");

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern LINE_START = Pattern.compile("^(\\s*(?:#{1,6}\\s+|[-*+]\\s+|\\d+\\.\\s+|>\\s*)?)((?:\\*\\*|__)?)");

    @Test
    void everyTextOfEveryFormHasItsRussian() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> files = Files.list(FORMS)) {
            forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).as("forms in %s", FORMS).isNotEmpty();
        for (Path form : forms) {
            JsonNode schema = JSON.readTree(form.toFile());
            visit(schema.path("components"), form.getFileName().toString(), missing);
        }
        assertThat(missing).as("texts without Russian (write them \"English / Русский\")").isEmpty();
    }

    @Test
    void aTextWithoutRussianIsNamed() {
        assertThat(isBilingual("Category")).isFalse();
        assertThat(isBilingual("## Triage\n\nRead the appeal first.")).isFalse();
        assertThat(isBilingual("Category / Категория")).isTrue();
        assertThat(isBilingual("Backup / HA / DR setup / Настройка резервного копирования / HA / DR")).isTrue();
        assertThat(isBilingual("**DR drill / Учения DR**\n\nFail over.\n\nПереключитесь.")).isTrue();
        assertThat(isBilingual("## {{requestNumber}}: {{company}}")).isTrue();
        assertThat(isBilingual("vCPU")).isTrue();
    }

    private static void visit(JsonNode components, String where, List<String> missing) {
        int index = 0;
        for (JsonNode component : components) {
            String name = where + "/" + component.path("key").asText(component.path("id").asText("#" + index));
            index++;
            for (String property : TRANSLATED) {
                JsonNode text = component.get(property);
                if (text != null && text.isTextual() && !isBilingual(text.asText())) {
                    missing.add(name + "." + property + ": " + text.asText());
                }
            }
            for (JsonNode option : component.path("values")) {
                String label = option.path("label").asText();
                if (!isBilingual(label)) {
                    missing.add(name + ".values[" + option.path("value").asText() + "]: " + label);
                }
            }
            visit(component.path("components"), name, missing);
        }
    }

    /** Both languages: every line is "English / Русский" or has no words, or each English line has a Russian one. */
    static boolean isBilingual(String text) {
        if (text.startsWith("=")) {
            return true; // a FEEL expression: its own business
        }
        int english = 0;
        int russian = 0;
        for (String line : text.split("\n")) {
            if (hasBothHalves(line)) {
                continue;
            }
            if (CYRILLIC.matcher(line).find()) {
                russian++;
            }
            else if (hasEnglishWords(line)) {
                english++;
            }
        }
        return english == russian;
    }

    private static boolean hasEnglishWords(String line) {
        String rest = TEMPLATE.matcher(line).replaceAll(" ");
        for (String name : SAME_IN_BOTH) {
            rest = rest.replace(name, " ");
        }
        return LATIN_WORD.matcher(rest).find();
    }

    /** As bilingual.js: the English half ends before the first " / " part with a Cyrillic letter. */
    private static boolean hasBothHalves(String line) {
        Matcher start = LINE_START.matcher(line);
        String body = start.find() ? line.substring(start.end()) : line;
        String[] parts = body.split(" / ", -1);
        for (int i = 0; i < parts.length; i++) {
            if (CYRILLIC.matcher(parts[i]).find()) {
                return i >= 1;
            }
        }
        return false;
    }
}
