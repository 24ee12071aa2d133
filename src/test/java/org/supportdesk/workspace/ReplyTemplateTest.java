package org.supportdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

/** The templates modelers write: every shipped one is valid, and the placeholders fill as agents expect. */
class ReplyTemplateTest {

    private static final ReplyTemplates.Values VALUES = new ReplyTemplates.Values("SD-100123", "Olga", "VPN drops",
            Instant.parse("2026-11-24T11:00:00Z"), Instant.parse("2026-11-24T18:30:00Z"), "Anna Agent");

    @Test
    void everyShippedTemplateHasATitleAndATextInEachLanguage() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("processes", "reply-templates"))) {
            files = listed.filter(path -> path.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            ReplyTemplate template = ReplyTemplate.parse(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            assertThat(template.titles()).as(file.toString()).containsKeys(Language.EN, Language.RU);
            for (Language language : Language.values()) {
                String filled = ReplyTemplates.fill(template.texts().get(language), language, VALUES);
                assertThat(filled).as(file + " " + language).doesNotContain("{", "}");
            }
        }
    }

    @Test
    void placeholdersAreFilledAndAnUnknownNameLeavesNoGap() {
        String text = "Hello {name},\nappeal {number} ({subject}) is due {resolutionDue}; first answer {firstAnswerDue}."
                + "\n{agent}";
        assertThat(ReplyTemplates.fill(text, Language.EN, VALUES)).isEqualTo("Hello Olga,\nappeal SD-100123 (VPN drops) is due"
                + " 24 Nov 2026, 18:30 UTC; first answer 24 Nov 2026, 11:00 UTC.\nAnna Agent");
        assertThat(ReplyTemplates.fill("Решим до {resolutionDue}.", Language.RU, VALUES))
                .isEqualTo("Решим до 24 нояб. 2026, 18:30 UTC.");

        ReplyTemplates.Values nameless = new ReplyTemplates.Values("SD-1", null, null, null, null, "Anna Agent");
        assertThat(ReplyTemplates.fill("Hello {name},", Language.EN, nameless)).isEqualTo("Hello,");
        assertThat(ReplyTemplates.fill("Здравствуйте, {name}!", Language.RU, nameless)).isEqualTo("Здравствуйте!");
        // text that merely looks like a placeholder stays as written
        assertThat(ReplyTemplates.fill("Run {unknown} ./restore .", Language.EN, nameless)).isEqualTo("Run {unknown} ./restore .");
    }

    @Test
    void aTemplateWithoutALanguageOrWithAnUnknownCategoryIsRefusedNamingTheProblem() {
        assertThatThrownBy(() -> ReplyTemplate.parse("half", "title:\n  en: Only English\ntext:\n  en: Hello\n"))
                .hasMessageContaining("half").hasMessageContaining("has no ru");
        assertThatThrownBy(() -> ReplyTemplate.parse("odd", "title: {en: A, ru: Б}\ntext: {en: A, ru: Б}\n"
                + "categories: [NO_SUCH]\n")).hasMessageContaining("unknown category NO_SUCH");
        assertThat(ReplyTemplate.parse("billing", "title: {en: A, ru: Б}\ntext: {en: A, ru: Б}\ncategories: [BILLING]\n")
                .categories()).containsExactly(Category.BILLING);
    }
}
