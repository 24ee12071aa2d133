package org.supportdesk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Russian translations of Camunda's webapps against the English files of the webjar that is
 * actually on the classpath: after an upgrade this names every key Camunda added (with its English
 * text, ready to translate) and every key it dropped, and checks that each translation keeps the
 * placeholders and HTML of the original.
 */
class WebappTranslationsTest {

    private static final String WEBJAR = "camunda-webapp-webjar";
    private static final String APP_PATH = "META-INF/resources/webjars/camunda/app/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The first name of each {{ expression }}: ours may say more ({{ n === 'No' ? 'нет' : n }}), never less. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_$][\\w$.]*)");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|br|em|i|strong|code|span|p|ul|li|div|small)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&\\w+;");
    /** Names and notations that read the same in Russian. */
    private static final Set<String> SAME_IN_BOTH = Set.of("", " OK", "OK", "<", "<=", ">", ">=", "<null>",
            "<undefined>", "null", "ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss", "requestPayload", "Camunda",
            "Camunda Cockpit", "Cockpit", "Tasklist", "Admin", "Optimize");

    private static String webjarVersion;

    @BeforeAll
    static void findWebjar() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = resourceInWebjar(
                "META-INF/maven/org.camunda.bpm.webapp/" + WEBJAR + "/pom.properties").openStream()) {
            pom.load(in);
        }
        webjarVersion = pom.getProperty("version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void everyEnglishKeyHasARussianTextAndNoOtherKeyIsLeft(String app) {
        Map<String, String> english = labels(english(app));
        Map<String, String> russian = labels(russian(app));

        Map<String, String> missing = new LinkedHashMap<>(english);
        missing.keySet().removeAll(russian.keySet());
        Set<String> stale = new TreeSet<>(russian.keySet());
        stale.removeAll(english.keySet());

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as("keys of %s %s (%s) without Russian text in locales/ru.json, with their"
                    + " English text", app, WEBJAR, webjarVersion).isEmpty();
            softly.assertThat(stale).as("keys of %s in locales/ru.json that %s %s no longer has", app, WEBJAR,
                    webjarVersion).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void everyTranslationKeepsThePlaceholdersAndMarkupOfTheEnglishText(String app) {
        Map<String, String> english = labels(english(app));
        Map<String, String> russian = labels(russian(app));
        List<String> broken = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        english.forEach((key, text) -> {
            String translation = russian.get(key);
            if (translation == null) {
                return;
            }
            if (!tokens(text).equals(tokens(translation))) {
                broken.add(key + ": " + tokens(text) + " in \"" + text + "\" but " + tokens(translation) + " in \""
                        + translation + "\"");
            }
            if (translation.equals(text) && !SAME_IN_BOTH.contains(text)) {
                untranslated.add(key + ": \"" + text + "\"");
            }
        });
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(broken).as("translations of %s whose placeholders, HTML or entities differ", app)
                    .isEmpty();
            softly.assertThat(untranslated).as("texts of %s left in English", app).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void russianDatesDefineEverythingTheEnglishDatesDefine(String app) {
        JsonNode english = english(app).path("dateLocales");
        JsonNode russian = russian(app).path("dateLocales");
        assertThat(russian.isMissingNode()).as("dateLocales in ru.json of %s", app).isEqualTo(english.isMissingNode());
        if (english.isMissingNode()) {
            return;
        }
        // the webapp defines moment's "ru" locale from this object alone: whatever English sets, Russian must set
        List<String> gaps = new ArrayList<>();
        compareDates("dateLocales", english, russian, gaps);
        assertThat(gaps).as("date settings of %s missing or of another shape in ru.json", app).isEmpty();
        assertThat(russian.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
    }

    private static void compareDates(String path, JsonNode english, JsonNode russian, List<String> gaps) {
        if (english.isObject()) {
            english.fieldNames().forEachRemaining(name ->
                    compareDates(path + "." + name, english.get(name), russian.path(name), gaps));
        }
        else if (english.isArray()) {
            // months may come in two cases, {format: [...], standalone: [...]}
            List<JsonNode> forms = russian.isObject() ? List.of(russian.path("format"), russian.path("standalone"))
                    : List.of(russian);
            for (JsonNode form : forms) {
                if (!form.isArray() || form.size() != english.size()) {
                    gaps.add(path + " needs " + english.size() + " entries: " + russian);
                }
            }
        }
        else if (russian.isMissingNode() || russian.asText().isBlank()) {
            gaps.add(path + " (English: " + english + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void theAppOffersRussianWithEnglishAsFallback(String app) throws IOException {
        // the languages are the webapps' shared module's; each config.js hands them to its webapp
        String config = ours(app, "scripts/config.js");
        assertThat(config).contains("from '../../shared/scripts/language.js'",
                "availableLocales: AVAILABLE_LOCALES", "fallbackLocale: FALLBACK_LOCALE");
        assertThat(ours("shared", "scripts/language.js"))
                .contains("export const AVAILABLE_LOCALES = ['en', 'ru'];", "export const FALLBACK_LOCALE = 'en';");
    }

    private static List<List<String>> tokens(String text) {
        return List.of(all(PLACEHOLDER, text, 1), all(HTML_TAG, text, 0), all(ENTITY, text, 0),
                Collections.nCopies(count(text, "{}"), "{}"));
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        Collections.sort(found);
        return found;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static Map<String, String> labels(JsonNode file) {
        Map<String, String> labels = new LinkedHashMap<>();
        file.path("labels").fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        assertThat(labels).as("labels").isNotEmpty();
        return labels;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode english(String app) {
        return read(resourceInWebjar(APP_PATH + app + "/locales/en.json"));
    }

    private static JsonNode russian(String app) {
        URL url = WebappTranslationsTest.class.getClassLoader().getResource(APP_PATH + app + "/locales/ru.json");
        assertThat(url).as("locales/ru.json of %s", app).isNotNull();
        assertThat(url.toString()).as("ru.json of %s comes from our resources", app).doesNotContain(WEBJAR);
        return read(url);
    }

    private static String ours(String app, String path) throws IOException {
        URL url = WebappTranslationsTest.class.getClassLoader().getResource(APP_PATH + app + "/" + path);
        assertThat(url).as("%s of %s", path, app).isNotNull();
        assertThat(url.toString()).as("%s of %s comes from our resources", path, app).doesNotContain(WEBJAR);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The webjar's own copy, even where our resources override the same path. */
    private static URL resourceInWebjar(String path) {
        try {
            return Collections.list(WebappTranslationsTest.class.getClassLoader().getResources(path)).stream()
                    .filter(url -> url.toString().contains(WEBJAR))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(path + " not found in " + WEBJAR + " on the classpath"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(URL url) {
        try (InputStream in = url.openStream()) {
            // Camunda's files start with a byte order mark, which Jackson skips
            return JSON.readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
