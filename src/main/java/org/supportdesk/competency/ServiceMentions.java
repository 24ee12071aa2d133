package org.supportdesk.competency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Whether a text names one of our services at all. A question about configuring a product the
 * customer runs (Mattermost, FreeIPA, a NAS) reads like a question about configuring our services,
 * and product names the corpus never saw say nothing to the classifier; what does is that nothing of
 * ours is named. One feature, {@code svc=yes} or {@code svc=no}, over the stems of {@link TextTokens}.
 * The stem beginnings are a modeler's file, {@value #FILE} in the corpus folder, so the list grows
 * without code.
 */
public final class ServiceMentions implements FeatureGenerator {

    /** The file of the corpus folder that lists the stem beginnings, one a line. */
    public static final String FILE = "service-mentions.txt";

    private final List<String> prefixes;

    public ServiceMentions(List<String> prefixes) {
        if (prefixes.isEmpty()) {
            throw new IllegalStateException("no service stems to look for: " + FILE
                    + " in processes/competency-corpus/ is missing or empty");
        }
        this.prefixes = List.copyOf(prefixes);
    }

    /**
     * The stem beginnings of {@value #FILE}: one word a line, blank lines and lines starting with
     * {@code #} skipped. A line with a space or an upper-case letter stops the start with its line
     * number: it could never match a lower-cased stem, and a silent no-match would quietly change the model.
     */
    static List<String> parse(String content, String name) {
        List<String> prefixes = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.chars().anyMatch(Character::isWhitespace) || !line.equals(line.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": expected one lower-case word, got '" + line + "'");
            }
            prefixes.add(line);
        }
        return List.copyOf(prefixes);
    }

    List<String> prefixes() {
        return prefixes;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        for (String word : words) {
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return List.of("svc=yes");
                }
            }
        }
        return List.of("svc=no");
    }
}
