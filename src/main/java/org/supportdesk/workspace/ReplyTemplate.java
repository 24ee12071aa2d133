package org.supportdesk.workspace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

/**
 * A reply template as a modeler or lead writes it, one YAML file each in
 * {@code processes/reply-templates/}:
 * <pre>
 * title:
 *   en: Instance restarted
 *   ru: Инстанс перезапущен
 * categories: [RESOURCE_DIAGNOSTICS]   # optional: offered first for these categories
 * text:
 *   en: |
 *     Hello {name}, ...
 *   ru: |
 *     Здравствуйте, {name}! ...
 * </pre>
 * Every language needs a title and a text, so the customer always gets one in theirs.
 */
record ReplyTemplate(String id, Map<Language, String> titles, Set<Category> categories, Map<Language, String> texts) {

    static ReplyTemplate parse(String id, String yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(document instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(id + ": expected the fields title, text and optionally categories");
        }
        Map<Language, String> titles = perLanguage(id, "title", fields.get("title"));
        Map<Language, String> texts = perLanguage(id, "text", fields.get("text"));
        Set<Category> categories = EnumSet.noneOf(Category.class);
        Object listed = fields.get("categories");
        if (listed instanceof List<?> codes) {
            for (Object code : codes) {
                try {
                    categories.add(Category.valueOf(String.valueOf(code).strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(id + ": unknown category " + code);
                }
            }
        } else if (listed != null) {
            throw new IllegalArgumentException(id + ": categories must be a list, e.g. [BILLING]");
        }
        return new ReplyTemplate(id, titles, categories, texts);
    }

    private static Map<Language, String> perLanguage(String id, String field, Object value) {
        if (!(value instanceof Map<?, ?> languages)) {
            throw new IllegalArgumentException(id + ": " + field + " needs an entry per language (en, ru)");
        }
        Map<Language, String> result = new EnumMap<>(Language.class);
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Object text = languages.get(language.name().toLowerCase(Locale.ROOT));
            if (text == null || text.toString().isBlank()) {
                missing.add(language.name().toLowerCase(Locale.ROOT));
            } else {
                result.put(language, text.toString().strip());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(id + ": " + field + " has no " + String.join(", ", missing));
        }
        return result;
    }
}
