package org.supportdesk.competency;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The classifier the application uses, for the corpus in {@code processes/competency-corpus/}
 * (packaged with the models): the labelled texts and the list of stems that name a service of ours.
 * The build trains it once ({@link #main}) and packages the weights under the model version; the
 * application loads them in a fraction of a second instead of training on every start. When the
 * corpus it reads differs from the one the build saw, there is no model of that version, and the
 * application trains at start. Training is deterministic, so either way the same corpus gives the
 * same model and the same version.
 */
@Component
public class CompetencyModel {

    private static final Logger LOG = LoggerFactory.getLogger(CompetencyModel.class);
    static final String PACKAGED = "competency-model/";

    private final TextClassifier classifier;
    private final int corpusSize;

    @Autowired
    CompetencyModel(ResourcePatternResolver resources,
                    @Value("${supportdesk.competency.corpus-location:classpath*:processes/competency-corpus/*}")
                    String location) throws IOException {
        long started = System.nanoTime();
        Corpus corpus = Corpus.fromResources(resources.getResources(location));
        ClassifierSettings settings = ClassifierSettings.DEFAULT;
        Resource packaged = resources.getResource("classpath:" + fileName(corpus, settings));
        if (packaged.exists()) {
            try (InputStream in = packaged.getInputStream()) {
                this.classifier = TextClassifier.readFrom(in, corpus.serviceStems(), corpus.fingerprint(), settings);
            }
            LOG.info("Competency model {} for {} texts loaded in {} ms", classifier.version(), corpus.texts().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } else {
            this.classifier = TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), settings);
            LOG.info("Competency model {} trained on {} texts in {} ms (the build packaged no model for this corpus)",
                    classifier.version(), corpus.texts().size(), (System.nanoTime() - started) / 1_000_000);
        }
        this.corpusSize = corpus.texts().size();
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

    static String fileName(Corpus corpus, ClassifierSettings settings) {
        return PACKAGED + TextClassifier.version(corpus.fingerprint(), settings) + ".bin";
    }

    /**
     * The build's step (process-classes): trains on the corpus folder {@code args[0]} and writes the
     * model into the class output folder {@code args[1]}, replacing models of earlier corpora. Does
     * nothing when the model of this corpus is already there.
     */
    public static void main(String[] args) throws IOException {
        Corpus corpus = Corpus.fromDirectory(Path.of(args[0]));
        ClassifierSettings settings = ClassifierSettings.DEFAULT;
        Path target = Path.of(args[1]).resolve(fileName(corpus, settings));
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try (Stream<Path> earlier = Files.list(target.getParent())) {
            for (Path stale : earlier.filter(p -> p.toString().endsWith(".bin")).toList()) {
                Files.delete(stale);
            }
        }
        long started = System.nanoTime();
        TextClassifier classifier = TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), settings);
        Path written = Files.createTempFile(target.getParent(), "model", ".tmp");
        try (OutputStream out = Files.newOutputStream(written)) {
            classifier.writeTo(out);
        }
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("competency model %s trained on %d texts in %d ms%n", classifier.version(),
                corpus.texts().size(), (System.nanoTime() - started) / 1_000_000);
    }
}
