package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.supportdesk.vocabulary.Category;

/** The order of the competency decision: given category, then phrase rules, then the classifier against the thresholds. */
class CompetencyPolicyTest {

    private static CompetencyPolicy policy;
    private static CompetencyModel model;

    @BeforeAll
    static void trainOnTheCorpus() {
        Corpus corpus = Corpus.fromDirectory(Path.of("processes/competency-corpus"));
        model = new CompetencyModel(TextClassifier.train(corpus.texts(), corpus.fingerprint(), ClassifierSettings.DEFAULT),
                corpus.texts().size());
        policy = new CompetencyPolicy(CompetencyEvaluation.fileTables(Path.of("processes")), model);
    }

    @Test
    void givenCategoryDecidesWhateverTheText() {
        CompetencyAssessment assessment = policy.assess(Category.BILLING, "Please write us a Telegram bot");

        assertThat(assessment.source()).isEqualTo(Source.GIVEN);
        assertThat(assessment.decision().category()).isEqualTo(Category.BILLING);
        assertThat(assessment.decision().handling()).isEqualTo(Handling.SUPPORT);
        assertThat(assessment.suggestion().modelVersion()).isEqualTo(model.version());
    }

    @Test
    void matchingPhraseRuleWinsOverTheClassifier() {
        CompetencyAssessment assessment = policy.assess(null, "Напишите нам бота для Telegram");

        assertThat(assessment.source()).isEqualTo(Source.RULE);
        assertThat(assessment.decision().handling()).isEqualTo(Handling.REJECT);
        assertThat(assessment.decision().reasonCode()).isEqualTo("SOFTWARE_DEVELOPMENT");
    }

    @Test
    void inScopePhraseRuleKeepsTheAppealFromRejection() {
        CompetencyAssessment assessment = policy.assess(null, "My Python code gets an error from your S3 API");

        assertThat(assessment.source()).isEqualTo(Source.RULE);
        assertThat(assessment.decision().inScope()).isTrue();
    }

    @Test
    void classifierDecidesWhenNoRuleMatchesAndItsSuggestionIsAlwaysThere() {
        CompetencyAssessment assessment = policy.assess(null, "Сделаем так: доработать наш личный кабинет, добавить выгрузку заказов в Excel");

        assertThat(assessment.source()).isEqualTo(Source.MODEL);
        assertThat(assessment.suggestion().category()).isNotNull();
        assertThat(assessment.suggestion().confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void unsureClassifierGuessLeavesTheAppealUnclassifiedForTriage() {
        CompetencyAssessment assessment = policy.assess(null, "Hello, I have a question, please call me back.");

        assertThat(assessment.source()).isEqualTo(Source.MODEL);
        assertThat(assessment.decision().handling()).isIn(Handling.TRIAGE, Handling.SUPPORT);
        if (assessment.decision().handling() == Handling.TRIAGE) {
            assertThat(assessment.decision().category()).isEqualTo(Category.UNCLASSIFIED);
        }
    }

    @Test
    void sameCorpusGivesTheSameModelVersion() {
        Corpus corpus = Corpus.fromDirectory(Path.of("processes/competency-corpus"));
        TextClassifier again = TextClassifier.train(corpus.texts(), corpus.fingerprint(), ClassifierSettings.DEFAULT);

        assertThat(again.version()).isEqualTo(model.version()).matches("[0-9a-f]{12}");
        assertThat(again.suggest("VM does not boot").confidence())
                .isEqualTo(model.suggest("VM does not boot").confidence());
    }
}
