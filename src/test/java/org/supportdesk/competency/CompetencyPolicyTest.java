package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        model = new CompetencyModel(TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), ClassifierSettings.DEFAULT),
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
    void onlyASureGuessOverrulesAnInScopePhrase() {
        String text = "Traceback (most recent call last): KeyError: 'id' in our bot, what is wrong?";
        CompetencyPolicy sure = policyGuessing(Category.CODE_DEBUGGING, 0.97);
        CompetencyPolicy unsure = policyGuessing(Category.CODE_DEBUGGING, 0.6);

        CompetencyAssessment overruled = sure.assess(null, text);
        CompetencyAssessment kept = unsure.assess(null, text);

        assertThat(overruled.source()).isEqualTo(Source.MODEL);
        assertThat(overruled.decision().handling()).isEqualTo(Handling.REJECT);
        assertThat(overruled.decision().reasonCode()).isEqualTo("CODE_DEBUGGING");
        assertThat(kept.source()).isEqualTo(Source.RULE);
        assertThat(kept.decision().category()).isEqualTo(Category.TROUBLESHOOTING);
        assertThat(kept.decision().handling()).isEqualTo(Handling.SUPPORT);
    }

    @Test
    void withoutAPhraseTheGuessDecidesAtItsOwnThreshold() {
        String text = "Добрый день, вопрос по нашему проекту";
        assertThat(policyGuessing(Category.SOFTWARE_DEVELOPMENT, 0.9).assess(null, text).decision().handling())
                .isEqualTo(Handling.REJECT);
        assertThat(policyGuessing(Category.SOFTWARE_DEVELOPMENT, 0.6).assess(null, text).decision().handling())
                .isEqualTo(Handling.TRIAGE);
        assertThat(policyGuessing(Category.MANAGED_SERVICES, 0.7).assess(null, text).decision().handling())
                .isEqualTo(Handling.SALES);
    }

    @Test
    void outOfScopePhraseRuleDecidesWhateverTheGuess() {
        CompetencyAssessment assessment = policyGuessing(Category.BILLING, 0.99).assess(null, "Напишите нам бота для Telegram");

        assertThat(assessment.source()).isEqualTo(Source.RULE);
        assertThat(assessment.decision().handling()).isEqualTo(Handling.REJECT);
    }

    @Test
    void anInScopePhraseAndAGuessAreDecidedInOneEvaluationOfTheCompetencyTable() {
        String text = "Traceback (most recent call last): KeyError: 'id' in our bot, what is wrong?";
        for (double confidence : new double[] {0.3, 0.6, 0.97}) {
            for (Category guess : new Category[] {Category.CODE_DEBUGGING, Category.MANAGED_SERVICES, Category.BILLING}) {
                List<String> evaluated = new ArrayList<>();
                DecisionTables files = CompetencyEvaluation.fileTables(Path.of("processes"));
                DecisionTables counting = (key, inputs) -> {
                    evaluated.add(key);
                    return files.evaluate(key, inputs);
                };
                CompetencyAssessment assessment = new CompetencyPolicy(counting, fixedModel(guess, confidence))
                        .assess(null, text);

                assertThat(evaluated).as("%s at %s", guess, confidence)
                        .containsExactly(DecisionTables.TEXT_DECISION, DecisionTables.COMPETENCY_DECISION);
                boolean overruled = confidence > 0.9 && guess != Category.BILLING;
                assertThat(assessment.source()).isEqualTo(overruled ? Source.MODEL : Source.RULE);
                assertThat(assessment.decision().category())
                        .isEqualTo(overruled ? guess : Category.TROUBLESHOOTING);
                assertThat(assessment.decision().handling()).isEqualTo(!overruled ? Handling.SUPPORT
                        : guess == Category.MANAGED_SERVICES ? Handling.SALES : Handling.REJECT);
                assertThat(assessment.suggestion().category()).isEqualTo(guess);
            }
        }
    }

    /** The policy with a classifier that always makes the same guess, so the thresholds alone decide. */
    private static CompetencyPolicy policyGuessing(Category category, double scopeConfidence) {
        return new CompetencyPolicy(CompetencyEvaluation.fileTables(Path.of("processes")),
                fixedModel(category, scopeConfidence));
    }

    private static CompetencyModel fixedModel(Category category, double scopeConfidence) {
        return fixedModel(category, scopeConfidence, scopeConfidence);
    }

    private static CompetencyModel fixedModel(Category category, double confidence, double scopeConfidence) {
        return new CompetencyModel(null, 0) {
            @Override
            public Suggestion suggest(String text) {
                return new Suggestion(category, confidence, scopeConfidence, "fixed");
            }
        };
    }

    @Test
    void anInScopeCategoryIsSetOnlyWhenTheClassifierGaveItselfHalfAChance() {
        String text = "Добрый день, вопрос по нашему проекту";
        DecisionTables tables = CompetencyEvaluation.fileTables(Path.of("processes"));

        CompetencyAssessment unsure = new CompetencyPolicy(tables, fixedModel(Category.BILLING, 0.36, 0.9)).assess(null, text);
        CompetencyAssessment sure = new CompetencyPolicy(tables, fixedModel(Category.BILLING, 0.55, 0.9)).assess(null, text);

        assertThat(unsure.decision().handling()).isEqualTo(Handling.TRIAGE);
        assertThat(unsure.decision().category()).isEqualTo(Category.UNCLASSIFIED);
        assertThat(unsure.suggestion().category()).isEqualTo(Category.BILLING);
        assertThat(sure.decision().handling()).isEqualTo(Handling.SUPPORT);
        assertThat(sure.decision().category()).isEqualTo(Category.BILLING);
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
        TextClassifier again = TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), ClassifierSettings.DEFAULT);

        assertThat(again.version()).isEqualTo(model.version()).matches("[0-9a-f]{12}");
        assertThat(again.suggest("VM does not boot").confidence())
                .isEqualTo(model.suggest("VM does not boot").confidence());
    }
}
