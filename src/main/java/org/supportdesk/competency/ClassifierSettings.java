package org.supportdesk.competency;

import opennlp.tools.util.TrainingParameters;

/**
 * How the classifier is trained. Part of the model version: the same corpus with other settings
 * is another model. The default was chosen by cross-validation among the candidates of
 * {@link CompetencyEvaluation#CANDIDATES} (README, "Competency classifier").
 */
public record ClassifierSettings(String algorithm, int iterations, int cutoff, boolean stems, boolean bigrams,
                                 boolean characterNGrams, boolean serviceMentions) {

    public static final ClassifierSettings DEFAULT = new ClassifierSettings("MAXENT", 300, 1, true, true, true, true);

    /** Settings without the feature whether a text names a service of ours ({@link ServiceMentions}). */
    public ClassifierSettings(String algorithm, int iterations, int cutoff, boolean stems, boolean bigrams,
                              boolean characterNGrams) {
        this(algorithm, iterations, cutoff, stems, bigrams, characterNGrams, false);
    }

    TrainingParameters trainingParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        // one thread: the same corpus always gives the same weights, hence the same version
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put("PrintMessages", false);
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm + " iterations=" + iterations + " cutoff=" + cutoff + " stems=" + stems
                + " word-bigrams=" + bigrams + " char-3-5-grams=" + characterNGrams
                + (serviceMentions ? " service-mentions=true" : "");
    }
}
