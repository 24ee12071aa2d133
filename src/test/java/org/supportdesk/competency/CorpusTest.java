package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

class CorpusTest {

    @Test
    void theCorpusCoversEveryCategoryInBothLanguages() {
        Corpus corpus = Corpus.fromDirectory(Path.of("processes/competency-corpus"));

        assertThat(corpus.texts()).hasSizeGreaterThanOrEqualTo(600);
        Arrays.stream(Category.values()).filter(c -> c != Category.UNCLASSIFIED).forEach(category -> {
            assertThat(corpus.of(category).stream().filter(t -> t.language() == Language.RU).count())
                    .as("Russian texts of %s", category).isGreaterThanOrEqualTo(30);
            assertThat(corpus.of(category).stream().filter(t -> t.language() == Language.EN).count())
                    .as("English texts of %s", category).isGreaterThanOrEqualTo(30);
        });
        assertThat(corpus.texts().stream().map(LabelledText::text).distinct().count())
                .as("no text twice").isEqualTo(corpus.texts().size());
    }

    @Test
    void linesAreCategoryTabTextWithCommentsHeaderAndLineBreaks() {
        Corpus corpus = Corpus.parse(List.of(new Corpus.Named("a.tsv",
                "# comment\ncategory\ttext\n\nBILLING\tWhere is my invoice?\nCODE_DEBUGGING\tTraceback:\\n  KeyError\n")));

        assertThat(corpus.texts()).extracting(LabelledText::category)
                .containsExactly(Category.BILLING, Category.CODE_DEBUGGING);
        assertThat(corpus.texts().get(1).text()).isEqualTo("Traceback:\n  KeyError");
        assertThat(corpus.texts().get(1).source()).isEqualTo("a.tsv:5");
    }

    @Test
    void anOptionalThirdColumnNamesTheGroupOfATranslation() {
        Corpus corpus = Corpus.parse(List.of(new Corpus.Named("a.tsv", "category\ttext\tgroup\n"
                + "BILLING\tWhere is my invoice?\tg1\nBILLING\tГде мой счёт?\tg1\nBILLING\tRefund please\n")));

        assertThat(corpus.texts()).extracting(LabelledText::text)
                .containsExactly("Where is my invoice?", "Где мой счёт?", "Refund please");
        assertThat(corpus.texts()).extracting(LabelledText::group).containsExactly("g1", "g1", null);
        assertThat(corpus.fingerprint()).as("the group is not part of the model")
                .isEqualTo(Corpus.parse(List.of(new Corpus.Named("b.tsv",
                        "BILLING\tWhere is my invoice?\nBILLING\tГде мой счёт?\nBILLING\tRefund please"))).fingerprint());
        assertThatThrownBy(() -> Corpus.parse(List.of(new Corpus.Named("c.tsv", "BILLING\tinvoice\t "))))
                .hasMessageContaining("c.tsv:1").hasMessageContaining("group");
    }

    @Test
    void aGroupIsHeldOutInOneFoldAndEachCategorySpreadsOverAllFolds() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            lines.append("BILLING\tinvoice ").append(i).append("\tg").append(i).append('\n');
            lines.append("BILLING\tсчёт ").append(i).append("\tg").append(i).append('\n');
            lines.append("CODE_DEBUGGING\tfix my code ").append(i).append('\n');
        }
        Corpus corpus = Corpus.parse(List.of(new Corpus.Named("a.tsv", lines.toString())));

        Map<String, Integer> folds = CompetencyEvaluation.folds(corpus);
        for (int i = 0; i < 10; i++) {
            assertThat(folds.get(corpus.texts().get(3 * i).foldKey()))
                    .isEqualTo(folds.get(corpus.texts().get(3 * i + 1).foldKey())).isEqualTo(i % CompetencyEvaluation.FOLDS);
            assertThat(folds.get(corpus.texts().get(3 * i + 2).foldKey())).isEqualTo(i % CompetencyEvaluation.FOLDS);
        }
    }

    @Test
    void aWrongLineNamesItsFileAndLine() {
        assertThatThrownBy(() -> Corpus.parse(List.of(new Corpus.Named("b.tsv", "BILING\tinvoice"))))
                .hasMessageContaining("b.tsv:1").hasMessageContaining("BILING");
        assertThatThrownBy(() -> Corpus.parse(List.of(new Corpus.Named("b.tsv", "BILLING invoice"))))
                .hasMessageContaining("b.tsv:1");
        assertThatThrownBy(() -> Corpus.parse(List.of(new Corpus.Named("b.tsv", "UNCLASSIFIED\thello"))))
                .hasMessageContaining("UNCLASSIFIED");
    }

    @Test
    void theFingerprintChangesWithTheCorpus() {
        Corpus one = Corpus.parse(List.of(new Corpus.Named("a.tsv", "BILLING\tinvoice")));
        Corpus two = Corpus.parse(List.of(new Corpus.Named("a.tsv", "BILLING\tinvoices")));

        assertThat(one.fingerprint()).isNotEqualTo(two.fingerprint())
                .isEqualTo(Corpus.parse(List.of(new Corpus.Named("x.tsv", "# other comment\nBILLING\tinvoice"))).fingerprint());
    }

    @Test
    void anExampleBecomesACorpusLine() {
        TriageExample example = new TriageExample(1, "SD-1", "Error 403\n\tfrom S3", Category.CODE_DEBUGGING, 0.6,
                "abc", Category.TROUBLESHOOTING, "ACCEPT", "agent", null);

        assertThat(example.corpusLine()).isEqualTo("TROUBLESHOOTING\tError 403\\n from S3");
        assertThat(example.disagrees()).isTrue();
        Corpus parsed = Corpus.parse(List.of(new Corpus.Named("p.tsv", example.corpusLine())));
        assertThat(parsed.texts().get(0).text()).isEqualTo("Error 403\n from S3");
    }
}
