package org.supportdesk.competency;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The classifier the application uses, trained at start from the corpus in
 * {@code processes/competency-corpus/} (packaged with the models): the labelled texts and the list of
 * stems that name a service of ours. Training is deterministic, so
 * the same corpus gives the same model and the same version after every restart.
 */
@Component
public class CompetencyModel {

    private static final Logger LOG = LoggerFactory.getLogger(CompetencyModel.class);

    private final TextClassifier classifier;
    private final int corpusSize;

    @Autowired
    CompetencyModel(ResourcePatternResolver resources,
                    @Value("${supportdesk.competency.corpus-location:classpath*:processes/competency-corpus/*}")
                    String location) throws IOException {
        long started = System.nanoTime();
        Corpus corpus = Corpus.fromResources(resources.getResources(location));
        this.classifier = TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), ClassifierSettings.DEFAULT);
        this.corpusSize = corpus.texts().size();
        LOG.info("Competency model {} trained on {} texts in {} ms", classifier.version(), corpusSize,
                (System.nanoTime() - started) / 1_000_000);
    }

    CompetencyModel(TextClassifier classifier, int corpusSize) {
        this.classifier = classifier;
        this.corpusSize = corpusSize;
    }

    public Suggestion suggest(String text) {
        return classifier.suggest(text);
    }

    public String version() {
        return classifier.version();
    }

    public int corpusSize() {
        return corpusSize;
    }
}
