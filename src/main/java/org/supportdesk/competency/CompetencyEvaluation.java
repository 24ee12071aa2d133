package org.supportdesk.competency;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.supportdesk.competency.process.FileDecisionTables;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

/**
 * Measures the classifier and the whole competency decision on texts training never saw:
 * stratified, grouped k-fold cross-validation over the corpus (the i-th group of a category is held
 * out in fold i mod k; a text and its translation form one group), each fold's model trained on the
 * other folds only. Every held-out text then goes
 * through the same decision as an appeal (phrase rules, then the classifier against the
 * thresholds of competency.dmn), read from the model files. Prints Markdown tables and the cost of
 * one classification.
 *
 * <p>Run: {@code ./mvnw -q test -Dtest=CompetencyEvaluationTest} (prints the tables and checks the
 * targets), or against a built jar: {@code java -cp target/support-desk-*.jar
 * -Dloader.main=org.supportdesk.competency.CompetencyEvaluation
 * org.springframework.boot.loader.launch.PropertiesLauncher [processes-folder] [--compare | --timing]}.
 */
public final class CompetencyEvaluation {

    public static final int FOLDS = 5;
    static final Set<Category> OUT_OF_SCOPE = EnumSet.of(Category.SOFTWARE_DEVELOPMENT, Category.CODE_DEBUGGING,
            Category.THIRD_PARTY_CONSULTING);
    static final Set<Category> IN_SCOPE = EnumSet.of(Category.ARCHITECTURE_CONSULTING, Category.RESOURCE_DIAGNOSTICS,
            Category.ACCOUNT_RECOVERY, Category.BILLING, Category.TROUBLESHOOTING, Category.SERVICE_SETUP);

    /** The settings compared by {@code --compare}; the chosen one is {@link ClassifierSettings#DEFAULT}. */
    static final List<ClassifierSettings> CANDIDATES = List.of(
            new ClassifierSettings("MAXENT", 100, 1, false, false, false),
            new ClassifierSettings("MAXENT", 300, 1, true, false, false),
            new ClassifierSettings("MAXENT", 300, 1, true, true, false),
            new ClassifierSettings("NAIVEBAYES", 100, 1, true, false, false),
            new ClassifierSettings("NAIVEBAYES", 100, 1, true, false, true),
            new ClassifierSettings("MAXENT_QN", 100, 1, true, false, true),
            // the default before the split by group: 58.6 % of the out-of-scope texts rejected at the best
            // thresholds that reject no in-scope text, against 64.9 % with word bigrams
            new ClassifierSettings("MAXENT", 300, 1, true, false, true),
            // sharper: rejects more at a threshold, but so do in-scope texts (57.8 % at the best thresholds)
            new ClassifierSettings("MAXENT", 1000, 1, true, false, true),
            // features seen once dropped: 62.0 % (cutoff 2), 56.6 % (cutoff 3)
            new ClassifierSettings("MAXENT", 300, 2, true, true, true),
            // the default before the feature whether a service of ours is named (1534 texts: 72.0 % rejected at
            // one threshold with no margin, against 74.3 %); 600 iterations: 70.8 %
            new ClassifierSettings("MAXENT", 300, 1, true, true, true),
            ClassifierSettings.DEFAULT);

    private CompetencyEvaluation() {
    }

    /**
     * One held-out text: its label, the category of the phrase rule that matched it (UNCLASSIFIED when
     * none did), the classifier's suggestion and the decision the appeal would get.
     */
    public record Outcome(LabelledText text, Category phrase, Suggestion suggestion, Source source, Handling handling) {

        boolean inScopePhrase() {
            return phrase != Category.UNCLASSIFIED && Scope.of(phrase) == Scope.IN_SCOPE;
        }

        /** The classifier's confidence that this text is of the given scope. */
        double confidenceOf(Scope scope) {
            return Scope.of(suggestion.category()) == scope ? suggestion.scopeConfidence() : 0;
        }
    }

    /** Figures of one cross-validation. */
    public record Report(Corpus corpus, ClassifierSettings settings, List<Outcome> outcomes, double nanosPerText) {

        public long inScopeRejected() {
            return outcomes.stream().filter(o -> IN_SCOPE.contains(o.text().category()))
                    .filter(o -> o.handling() == Handling.REJECT).count();
        }

        /** In-scope texts the decision would hand to sales: a detour, not a rejection, but not what the customer asked. */
        public long inScopeToSales() {
            return outcomes.stream().filter(o -> IN_SCOPE.contains(o.text().category()))
                    .filter(o -> o.handling() == Handling.SALES).count();
        }

        public long managedServicesRejected() {
            return outcomes.stream().filter(o -> o.text().category() == Category.MANAGED_SERVICES)
                    .filter(o -> o.handling() == Handling.REJECT).count();
        }

        /** Share of out-of-scope texts rejected automatically. */
        public double outOfScopeRecall() {
            return share(o -> OUT_OF_SCOPE.contains(o.text().category()), o -> o.handling() == Handling.REJECT);
        }

        /** Share of Managed Services requests handed to sales automatically. */
        public double managedServicesRecall() {
            return share(o -> o.text().category() == Category.MANAGED_SERVICES, o -> o.handling() == Handling.SALES);
        }

        /** Share of out-of-scope texts whose suggestion (shown at triage) is an out-of-scope category. */
        public double outOfScopeSuggested() {
            return share(o -> OUT_OF_SCOPE.contains(o.text().category()),
                    o -> OUT_OF_SCOPE.contains(o.suggestion().category()));
        }

        public double managedServicesSuggested() {
            return share(o -> o.text().category() == Category.MANAGED_SERVICES,
                    o -> o.suggestion().category() == Category.MANAGED_SERVICES);
        }

        public double accuracy() {
            return share(o -> true, o -> o.suggestion().category() == o.text().category());
        }

        public double precision(Category category) {
            return share(o -> o.suggestion().category() == category, o -> o.text().category() == category);
        }

        public double recall(Category category) {
            return share(o -> o.text().category() == category, o -> o.suggestion().category() == category);
        }

        /**
         * The highest confidence in {@code scope} the classifier gave a held-out text of another
         * scope, among texts with or without an in-scope phrase: a threshold of competency.dmn for
         * that scope must stay above it, or such a text would be rejected or handed over.
         */
        double highestWrongConfidence(Scope scope, boolean inScopePhrase) {
            return outcomes.stream().filter(o -> Scope.of(o.text().category()) != scope)
                    .filter(o -> o.inScopePhrase() == inScopePhrase)
                    .filter(o -> o.phrase() == Category.UNCLASSIFIED || o.inScopePhrase())
                    .mapToDouble(o -> o.confidenceOf(scope)).max().orElse(0);
        }

        /**
         * The same for the texts the classifier suggested as one out-of-scope category: each such
         * category has its own threshold rows in competency.dmn, which must stay above it.
         */
        double highestWrongConfidence(Category suggested, boolean inScopePhrase) {
            return outcomes.stream().filter(o -> o.suggestion().category() == suggested)
                    .filter(o -> Scope.of(o.text().category()) != Scope.of(suggested))
                    .filter(o -> o.inScopePhrase() == inScopePhrase)
                    .filter(o -> o.phrase() == Category.UNCLASSIFIED || o.inScopePhrase())
                    .mapToDouble(o -> o.confidenceOf(Scope.of(suggested))).max().orElse(0);
        }

        private double share(java.util.function.Predicate<Outcome> of, java.util.function.Predicate<Outcome> hit) {
            List<Outcome> base = outcomes.stream().filter(of).toList();
            return base.isEmpty() ? 0 : base.stream().filter(hit).count() / (double) base.size();
        }

        public String markdown() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Corpus %s texts in %d groups, %d-fold cross-validation by group, %s%n%n",
                    outcomes.size(), outcomes.stream().map(o -> o.text().foldKey()).distinct().count(), FOLDS, settings));
            out.append("| category | RU | EN | precision | recall | rejected | to sales | triage |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Category category : Category.values()) {
                List<Outcome> of = outcomes.stream().filter(o -> o.text().category() == category).toList();
                if (of.isEmpty()) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f %% | %.1f %% | %d | %d | %d |%n", category,
                        of.stream().filter(o -> o.text().language() == Language.RU).count(),
                        of.stream().filter(o -> o.text().language() == Language.EN).count(),
                        100 * precision(category), 100 * recall(category),
                        of.stream().filter(o -> o.handling() == Handling.REJECT).count(),
                        of.stream().filter(o -> o.handling() == Handling.SALES).count(),
                        of.stream().filter(o -> o.handling() == Handling.SUPPORT || o.handling() == Handling.TRIAGE)
                                .count()));
            }
            out.append(String.format(Locale.ROOT, "%nClassifier accuracy %.1f %%. Decision on held-out texts: "
                            + "in-scope texts rejected %d, handed to sales %d; Managed Services requests rejected %d; out-of-scope "
                            + "rejected %.1f %% (suggested as out of scope %.1f %%); Managed Services handed to "
                            + "sales %.1f %% (suggested %.1f %%). Classification %.3f ms per text.%n",
                    100 * accuracy(), inScopeRejected(), inScopeToSales(), managedServicesRejected(), 100 * outOfScopeRecall(),
                    100 * outOfScopeSuggested(), 100 * managedServicesRecall(), 100 * managedServicesSuggested(),
                    nanosPerText / 1_000_000));
            out.append(String.format(Locale.ROOT, "Highest confidence the classifier gave a held-out text of "
                            + "another scope (a threshold of competency.dmn must stay above it for the texts its rows apply to): out of scope %.3f "
                            + "without an in-scope phrase, %.3f with one; Managed Services %.3f without, %.3f with.%n",
                    highestWrongConfidence(Scope.OUT_OF_SCOPE, false), highestWrongConfidence(Scope.OUT_OF_SCOPE, true),
                    highestWrongConfidence(Scope.MANAGED_SERVICES, false),
                    highestWrongConfidence(Scope.MANAGED_SERVICES, true)));
            out.append("By the suggested out-of-scope category, without / with an in-scope phrase (each has its own threshold rows):");
            for (Category category : OUT_OF_SCOPE) {
                out.append(String.format(Locale.ROOT, " %s %.3f / %.3f;", category, highestWrongConfidence(category, false),
                        highestWrongConfidence(category, true)));
            }
            out.setLength(out.length() - 1);
            out.append(String.format(".%n"));
            return out.toString();
        }
    }

    public static Report evaluate(Corpus corpus, ClassifierSettings settings, Path models) {
        DecisionTables tables = fileTables(models);
        List<Outcome> outcomes = new ArrayList<>();
        long classifyingNanos = 0;
        Map<String, Integer> folds = folds(corpus);
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledText> training = new ArrayList<>();
            List<LabelledText> heldOut = new ArrayList<>();
            for (LabelledText text : corpus.texts()) {
                (folds.get(text.foldKey()) == fold ? heldOut : training).add(text);
            }
            CompetencyModel model = new CompetencyModel(TextClassifier.train(training, corpus.serviceStems(), corpus.fingerprint(), settings),
                    training.size());
            CompetencyPolicy policy = new CompetencyPolicy(tables, model);
            for (LabelledText text : heldOut) {
                long started = System.nanoTime();
                model.suggest(text.text());
                classifyingNanos += System.nanoTime() - started;
                CompetencyAssessment assessment = policy.assess(null, text.text());
                outcomes.add(new Outcome(text, tables.phraseCategory(text.text()), assessment.suggestion(),
                        assessment.source(), assessment.decision().handling()));
            }
        }
        return new Report(corpus, settings, outcomes, classifyingNanos / (double) outcomes.size());
    }

    /**
     * The fold of every group: the i-th group of a category (in corpus order) is held out in fold
     * i mod k, so every fold holds about a k-th of each category and the texts of one group (a
     * translation and its original) are always held out together.
     */
    static Map<String, Integer> folds(Corpus corpus) {
        Map<String, Integer> folds = new HashMap<>();
        Map<Category, Integer> groupsSeen = new EnumMap<>(Category.class);
        for (LabelledText text : corpus.texts()) {
            folds.computeIfAbsent(text.foldKey(),
                    key -> (groupsSeen.merge(text.category(), 1, Integer::sum) - 1) % FOLDS);
        }
        return folds;
    }

    /**
     * The cost of one classification with the model trained on the whole corpus, after a warm-up:
     * mean and 99th percentile in milliseconds over {@code rounds} passes over the corpus, the
     * milliseconds the training took, then the same three measured in CPU time of this thread,
     * which a busy machine disturbs far less than the wall clock (a thread that waits for a core
     * counts no time).
     */
    public static double[] timing(Corpus corpus, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long training = System.nanoTime();
        long trainingCpu = threads.getCurrentThreadCpuTime();
        TextClassifier classifier = TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), ClassifierSettings.DEFAULT);
        double trainingCpuMillis = (threads.getCurrentThreadCpuTime() - trainingCpu) / 1_000_000.0;
        double trainingMillis = (System.nanoTime() - training) / 1_000_000.0;
        for (int i = 0; i < 3; i++) {
            corpus.texts().forEach(t -> classifier.suggest(t.text()));
        }
        List<Long> nanos = new ArrayList<>();
        List<Long> cpuNanos = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (LabelledText text : corpus.texts()) {
                long cpu = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                classifier.suggest(text.text());
                nanos.add(System.nanoTime() - started);
                cpuNanos.add(threads.getCurrentThreadCpuTime() - cpu);
            }
        }
        return new double[] {mean(nanos), p99(nanos), trainingMillis, mean(cpuNanos), p99(cpuNanos), trainingCpuMillis};
    }

    private static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1_000_000;
    }

    private static double p99(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.floor(sorted.size() * 0.99)) / 1_000_000.0;
    }

    /** The decisions read from the model files, as a modeler last saved them. */
    static DecisionTables fileTables(Path models) {
        return FileDecisionTables.read(models);
    }

    /** The 1, 5 and 15 minute load averages where the system tells them, so a figure says how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static void main(String[] args) {
        Path models = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "processes");
        Corpus corpus = Corpus.fromDirectory(models.resolve("competency-corpus"));
        if (List.of(args).contains("--timing")) {
            // the cost alone, without the cross-validation: three trainings and 50 passes over the corpus
            for (int run = 1; run <= 3; run++) {
                double[] timing = timing(corpus, 50);
                System.out.printf(Locale.ROOT, "run %d: %d texts, training %.1f s (CPU %.1f s); classification mean "
                                + "%.3f ms (CPU %.3f ms), p99 %.3f ms (CPU %.3f ms) per text; load average %s%n", run,
                        corpus.texts().size(), timing[2] / 1000, timing[5] / 1000, timing[0], timing[3], timing[1],
                        timing[4], loadAverage());
            }
            return;
        }
        if (List.of(args).contains("--compare")) {
            System.out.println("| settings | accuracy | in-scope rejected | out of scope rejected | to sales |");
            System.out.println("|---|---:|---:|---:|---:|");
            for (ClassifierSettings settings : CANDIDATES) {
                Report report = evaluate(corpus, settings, models);
                System.out.printf(Locale.ROOT, "| %s | %.1f %% | %d | %.1f %% | %.1f %% |%n", settings,
                        100 * report.accuracy(), report.inScopeRejected(), 100 * report.outOfScopeRecall(),
                        100 * report.managedServicesRecall());
            }
            return;
        }
        System.out.print(evaluate(corpus, ClassifierSettings.DEFAULT, models).markdown());
        double[] timing = timing(corpus, 20);
        System.out.printf(Locale.ROOT, "Training on the whole corpus: %.0f ms. Classification: mean %.3f ms, "
                + "p99 %.3f ms per text.%n", timing[2], timing[0], timing[1]);
    }
}
