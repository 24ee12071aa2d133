package org.supportdesk.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.workspace.process.DeploymentResources;

/**
 * The reply templates in force: those of the newest deployment named {@value #DEPLOYMENT_NAME}, which
 * the application deploys from {@code processes/reply-templates/} at start (like the models) and a
 * modeler may deploy anew through {@code /engine-rest/deployment/create}. Read again only when a new
 * deployment appears.
 */
@Component
class ReplyTemplates {

    static final String DEPLOYMENT_NAME = "reply-templates";
    private static final Logger LOG = LoggerFactory.getLogger(ReplyTemplates.class);
    /** Stands for a value nobody knows until the text around it is tidied. */
    private static final String EMPTY = "\u0000";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final DeploymentResources deployments;
    private volatile Loaded loaded = new Loaded(null, List.of());

    ReplyTemplates(DeploymentResources deployments) {
        this.deployments = deployments;
    }

    private record Loaded(String deploymentId, List<ReplyTemplate> templates) {
    }

    /** A template with the appeal's details filled in, in every language. */
    record Filled(String id, Map<Language, String> title, List<String> categories, Map<Language, String> text) {
    }

    /** What the placeholders stand for. */
    record Values(String number, String name, String subject, Instant firstAnswerDue, Instant resolutionDue,
                  String agent) {

        static Values of(Appeal appeal, String customerName, String agent) {
            return new Values(appeal.number(), customerName, appeal.subject(), appeal.firstResponseDueAt(),
                    appeal.resolutionDueAt(), agent);
        }
    }

    List<ReplyTemplate> current() {
        return deployments.newest(DEPLOYMENT_NAME).map(deploymentId -> {
            Loaded known = loaded;
            if (!deploymentId.equals(known.deploymentId())) {
                known = new Loaded(deploymentId, load(deploymentId));
                loaded = known;
            }
            return known.templates();
        }).orElse(List.of());
    }

    /** The templates for this appeal: those made for its category first, then the others, by English title. */
    List<Filled> forAppeal(Appeal appeal, Values values) {
        return current().stream()
                .sorted(Comparator.comparing((ReplyTemplate t) -> !t.categories().contains(appeal.category()))
                        .thenComparing(t -> t.titles().get(Language.EN)))
                .map(t -> fill(t, values))
                .toList();
    }

    static Filled fill(ReplyTemplate template, Values values) {
        Map<Language, String> text = new EnumMap<>(Language.class);
        template.texts().forEach((language, body) -> text.put(language, fill(body, language, values)));
        return new Filled(template.id(), template.titles(),
                template.categories().stream().map(Enum::name).toList(), text);
    }

    /** Times as in the automatic texts to customers: in UTC, which reads the same wherever they are. */
    static String fill(String body, Language language, Values values) {
        Matcher placeholder = PLACEHOLDER.matcher(body);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "number" -> values.number();
                case "name" -> values.name();
                case "subject" -> values.subject();
                case "firstAnswerDue" -> values.firstAnswerDue() == null ? null : language.time(values.firstAnswerDue(), ZoneOffset.UTC);
                case "resolutionDue" -> values.resolutionDue() == null ? null : language.time(values.resolutionDue(), ZoneOffset.UTC);
                case "agent" -> values.agent();
                default -> placeholder.group();
            };
            placeholder.appendReplacement(filled,
                    Matcher.quoteReplacement(value == null || value.isBlank() ? EMPTY : value));
        }
        placeholder.appendTail(filled);
        // an unknown name must not leave "Hello ," or "Здравствуйте, !" behind
        return filled.toString()
                .replaceAll(",[ \\t]*" + EMPTY + "(?=[!?.])", "")
                .replaceAll("[ \\t]*" + EMPTY + "(?=[,.!?])", "")
                .replace(EMPTY, "");
    }

    private List<ReplyTemplate> load(String deploymentId) {
        List<ReplyTemplate> templates = new ArrayList<>();
        for (String resource : deployments.names(deploymentId)) {
            if (!resource.endsWith(".yaml") && !resource.endsWith(".yml")) {
                continue;
            }
            String id = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
            try (InputStream in = deployments.open(deploymentId, resource)) {
                templates.add(ReplyTemplate.parse(id, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                // one broken file must not take the others away from the agents
                LOG.warn("Reply template {} of deployment {} skipped: {}", resource, deploymentId, e.getMessage());
            }
        }
        return List.copyOf(templates);
    }
}
