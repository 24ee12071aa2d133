package org.supportdesk.competency;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import org.supportdesk.vocabulary.Category;

/**
 * OpenNLP's document categorizer trained on labelled texts. Training is deterministic (one thread,
 * texts in corpus order), so the version, a hash of corpus, settings and library versions, names
 * exactly one model; a model written with {@link #writeTo} and read back under the same version
 * gives the same probabilities, bit for bit. {@link #suggest} is thread-safe: the model and the
 * feature generators are read-only.
 */
public final class TextClassifier {

    static final String LIBRARIES = "opennlp-2.5.11 lucene-9.12.3";

    static {
        // OpenNLP instantiates feature generators only from packages it was told to trust
        ExtensionLoader.registerAllowedPackage(TextClassifier.class.getPackageName());
    }

    private final AbstractModel model;
    private final FeatureGenerator[] featureGenerators;
    private final TextTokens tokens;
    private final String version;

    private TextClassifier(AbstractModel model, FeatureGenerator[] featureGenerators, TextTokens tokens, String version) {
        this.model = model;
        this.featureGenerators = featureGenerators;
        this.tokens = tokens;
        this.version = version;
    }

    /**
     * @param serviceStems the stem beginnings that name a service of ours ({@link Corpus#serviceStems()}),
     *                     used when the settings ask for {@link ServiceMentions}
     */
    public static TextClassifier train(List<LabelledText> texts, List<String> serviceStems, String corpusFingerprint,
                                       ClassifierSettings settings) {
        TextTokens tokens = new TextTokens(settings.stems());
        List<DocumentSample> samples = new ArrayList<>(texts.size());
        for (LabelledText text : texts) {
            samples.add(new DocumentSample(text.category().name(), tokens.of(text.text())));
        }
        try {
            FeatureGenerator[] generators = featureGenerators(settings, serviceStems);
            MaxentModel model = DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples),
                    settings.trainingParameters(), new DoccatFactory(generators)).getMaxentModel();
            return new TextClassifier((AbstractModel) model, generators, tokens, version(corpusFingerprint, settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A model {@link #writeTo written} by an earlier training of the same corpus and settings.
     *
     * @throws IllegalArgumentException when the model was trained on another corpus or with other settings
     */
    public static TextClassifier readFrom(InputStream in, List<String> serviceStems, String corpusFingerprint,
                                          ClassifierSettings settings) throws IOException {
        String version = version(corpusFingerprint, settings);
        DataInputStream data = new DataInputStream(in);
        String written = data.readUTF();
        if (!written.equals(version)) {
            throw new IllegalArgumentException("the model is version " + written + ", the corpus needs " + version);
        }
        AbstractModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        try {
            return new TextClassifier(model, featureGenerators(settings, serviceStems), new TextTokens(settings.stems()), version);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Writes the version, then the weights in OpenNLP's binary model format, and closes {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(version);
        new GenericModelWriter(model, data).persist();
    }

    public Suggestion suggest(String text) {
        Map<Category, Double> probabilities = probabilities(text);
        Map.Entry<Category, Double> best = null;
        for (Map.Entry<Category, Double> entry : probabilities.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()) {
                best = entry;
            }
        }
        Scope scope = Scope.of(best.getKey());
        double scopeConfidence = probabilities.entrySet().stream().filter(e -> Scope.of(e.getKey()) == scope)
                .mapToDouble(Map.Entry::getValue).sum();
        return new Suggestion(best.getKey(), best.getValue(), Math.min(1.0, scopeConfidence), version);
    }

    /** The probability of every category the corpus has, in the order of {@link Category}. */
    Map<Category, Double> probabilities(String text) {
        // the features as DocumentCategorizerME gathers them, from the generators trained with: its own
        // would be re-created by class name, which loses the service stems read from the corpus folder
        String[] words = tokens.of(text);
        List<String> features = new ArrayList<>();
        for (FeatureGenerator generator : featureGenerators) {
            features.addAll(generator.extractFeatures(words, Map.of()));
        }
        double[] probabilities = model.eval(features.toArray(String[]::new));
        Map<Category, Double> byCategory = new EnumMap<>(Category.class);
        for (int i = 0; i < probabilities.length; i++) {
            byCategory.put(Category.valueOf(model.getOutcome(i)), probabilities[i]);
        }
        return byCategory;
    }

    public String version() {
        return version;
    }

    private static FeatureGenerator[] featureGenerators(ClassifierSettings settings, List<String> serviceStems) throws InvalidFormatException {
        List<FeatureGenerator> generators = new ArrayList<>();
        generators.add(new BagOfWordsFeatureGenerator());
        if (settings.bigrams()) {
            generators.add(new NGramFeatureGenerator(2, 2));
        }
        if (settings.characterNGrams()) {
            generators.add(new CharacterNGrams());
        }
        if (settings.serviceMentions()) {
            generators.add(new ServiceMentions(serviceStems));
        }
        return generators.toArray(FeatureGenerator[]::new);
    }

    static String version(String corpusFingerprint, ClassifierSettings settings) {
        MessageDigest digest = Corpus.sha256();
        digest.update((corpusFingerprint + '\n' + settings + '\n' + LIBRARIES).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
