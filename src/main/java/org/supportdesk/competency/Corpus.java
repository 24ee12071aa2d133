package org.supportdesk.competency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.supportdesk.vocabulary.Category;

/**
 * The labelled texts the classifier learns from: every {@code *.tsv} file of
 * {@code processes/competency-corpus/}, read in file-name order. A line is a category, a tab and
 * the text, optionally followed by a tab and a group name (texts of one group are translations or
 * rewordings of one request, held out together by the evaluation); {@code \n} in the text stands for
 * a line break; lines starting with {@code #} and the header line ({@code category<TAB>text},
 * optionally {@code <TAB>group}) are skipped. A wrong line stops the start with its file and
 * line number, so a modeler's typo cannot silently shrink the corpus. The folder's
 * {@value ServiceMentions#FILE} lists the stems that name a service of ours ({@link ServiceMentions});
 * they are part of the fingerprint, since they change the model as much as a text does.
 */
public record Corpus(List<LabelledText> texts, List<String> serviceStems, String fingerprint) {

    static final String HEADER = "category\ttext";
    static final String HEADER_WITH_GROUP = "category\ttext\tgroup";

    public static Corpus fromResources(Resource[] resources) {
        List<Resource> files = new ArrayList<>(Arrays.asList(resources));
        files.sort(Comparator.comparing(Resource::getFilename));
        List<Named> named = new ArrayList<>();
        for (Resource resource : files) {
            if (!isCorpusFile(resource.getFilename())) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                named.add(new Named(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the competency corpus file " + resource, e);
            }
        }
        return parse(named);
    }

    public static Corpus fromDirectory(Path directory) {
        try (Stream<Path> paths = Files.list(directory)) {
            List<Named> named = new ArrayList<>();
            for (Path path : paths.filter(p -> isCorpusFile(p.getFileName().toString())).sorted().toList()) {
                named.add(new Named(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8)));
            }
            return parse(named);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the competency corpus in " + directory, e);
        }
    }

    static Corpus parse(List<Named> files) {
        List<LabelledText> texts = new ArrayList<>();
        List<String> serviceStems = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Named file : files) {
            if (file.name().equals(ServiceMentions.FILE)) {
                serviceStems.addAll(ServiceMentions.parse(file.content(), file.name()));
                continue;
            }
            String[] lines = file.content().split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#") || line.strip().equals(HEADER)
                        || line.strip().equals(HEADER_WITH_GROUP)) {
                    continue;
                }
                String where = file.name() + ":" + (i + 1);
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(where + ": expected a category, a tab and the text");
                }
                Category category = category(line.substring(0, tab).strip(), where);
                int groupTab = line.indexOf('\t', tab + 1);
                String group = groupTab < 0 ? null : line.substring(groupTab + 1).strip();
                if (group != null && group.isEmpty()) {
                    throw new IllegalStateException(where + ": the group after the second tab is empty");
                }
                String rawText = groupTab < 0 ? line.substring(tab + 1) : line.substring(tab + 1, groupTab);
                String text = rawText.replace("\\n", "\n").replace("\\t", "\t").strip();
                if (text.isEmpty()) {
                    throw new IllegalStateException(where + ": the text is empty");
                }
                texts.add(new LabelledText(category, text, where, group));
                digest.update((category.name() + '\t' + text + '\n').getBytes(StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("the competency corpus is empty");
        }
        for (String stem : serviceStems) {
            digest.update(("service\t" + stem + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return new Corpus(List.copyOf(texts), List.copyOf(serviceStems), HexFormat.of().formatHex(digest.digest()));
    }

    private static boolean isCorpusFile(String name) {
        return name != null && (name.endsWith(".tsv") || name.equals(ServiceMentions.FILE));
    }

    public List<LabelledText> of(Category category) {
        return texts.stream().filter(t -> t.category() == category).toList();
    }

    private static Category category(String value, String where) {
        try {
            Category category = Category.valueOf(value);
            if (category == Category.UNCLASSIFIED) {
                throw new IllegalStateException(where + ": UNCLASSIFIED is not something to learn");
            }
            return category;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown category '" + value + "'");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Named(String name, String content) {
    }
}
