package org.supportdesk.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.supportdesk.vocabulary.Category;

/**
 * The model the build packages is the model training would give: same version, same probabilities,
 * and the application takes it only for the corpus it was trained on.
 */
class CompetencyModelTest {

    @TempDir
    static Path corpusFolder;
    private static final List<String> TEXTS = List.of(
            "Напишите нам бота для Telegram",
            "My Python code gets AccessDenied from your S3 bucket",
            "Terraform fails with quota exceeded when creating a VM",
            "помогите отладить наш код на Django",
            "Сколько стоит администрирование наших серверов под ключ?");

    private static Corpus corpus;
    private static TextClassifier trained;

    /** A small corpus in the same files as the real one, so the test trains in a second. */
    @BeforeAll
    static void train() throws IOException {
        Path real = Path.of("processes/competency-corpus");
        Files.copy(real.resolve(ServiceMentions.FILE), corpusFolder.resolve(ServiceMentions.FILE));
        StringBuilder texts = new StringBuilder(Corpus.HEADER).append('\n');
        for (Category category : Category.values()) {
            Corpus.fromDirectory(real).of(category).stream().limit(12).forEach(text -> texts.append(category.name())
                    .append('\t').append(text.text().replace("\n", "\\n").replace("\t", " ")).append('\n'));
        }
        Files.writeString(corpusFolder.resolve("texts.tsv"), texts);
        corpus = Corpus.fromDirectory(corpusFolder);
        trained = TextClassifier.train(corpus.texts(), corpus.serviceStems(), corpus.fingerprint(), ClassifierSettings.DEFAULT);
    }

    @Test
    void aWrittenModelReadBackGivesTheSameVersionAndProbabilities() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained.writeTo(out);

        TextClassifier read = TextClassifier.readFrom(new ByteArrayInputStream(out.toByteArray()),
                corpus.serviceStems(), corpus.fingerprint(), ClassifierSettings.DEFAULT);

        assertThat(read.version()).isEqualTo(trained.version());
        for (String text : TEXTS) {
            assertThat(read.probabilities(text)).as(text).isEqualTo(trained.probabilities(text));
            assertThat(read.suggest(text)).as(text).isEqualTo(trained.suggest(text));
        }
    }

    @Test
    void aModelOfAnotherCorpusOrOtherSettingsIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained.writeTo(out);

        assertThatThrownBy(() -> TextClassifier.readFrom(new ByteArrayInputStream(out.toByteArray()),
                corpus.serviceStems(), "another corpus", ClassifierSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(trained.version());
        ClassifierSettings other = new ClassifierSettings("MAXENT", 100, 1, true, true, true, true);
        assertThatThrownBy(() -> TextClassifier.readFrom(new ByteArrayInputStream(out.toByteArray()),
                corpus.serviceStems(), corpus.fingerprint(), other))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuildStepPackagesTheModelOfTheCorpusAndTheApplicationLoadsIt(@TempDir Path classes) throws Exception {
        Path stale = Files.createDirectories(classes.resolve(CompetencyModel.PACKAGED)).resolve("0123456789ab.bin");
        Files.writeString(stale, "a model of an earlier corpus");

        CompetencyModel.main(new String[] {corpusFolder.toString(), classes.toString()});

        Path packaged = classes.resolve(CompetencyModel.fileName(corpus, ClassifierSettings.DEFAULT));
        assertThat(packaged).exists();
        assertThat(stale).doesNotExist();
        long written = Files.getLastModifiedTime(packaged).toMillis();
        CompetencyModel.main(new String[] {corpusFolder.toString(), classes.toString()});
        assertThat(Files.getLastModifiedTime(packaged).toMillis()).as("the same corpus is not trained twice").isEqualTo(written);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
            CompetencyModel model = new CompetencyModel(resolver, corpusFolder.toUri() + "*");
            assertThat(model.version()).isEqualTo(trained.version());
            assertThat(model.corpusSize()).isEqualTo(corpus.texts().size());
            for (String text : TEXTS) {
                assertThat(model.suggest(text)).as(text).isEqualTo(trained.suggest(text));
            }

            // a broken packaged file breaks the start: proof that the start reads it rather than training
            Files.writeString(packaged, "not a model");
            assertThatThrownBy(() -> new CompetencyModel(resolver, corpusFolder.toUri() + "*"))
                    .isInstanceOf(IOException.class);
        }
    }
}
