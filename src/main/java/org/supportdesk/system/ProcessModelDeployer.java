package org.supportdesk.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the modelers' folder {@code processes/} (packaged on the classpath under the same name,
 * so it works from the jar too). Each BPMN model is deployed together with the forms it references;
 * each decision and any unreferenced form on its own; the reply templates together. A bundle
 * identical to its last deployment is skipped, so only changed models get a new version.
 *
 * <p>Runs before the web server accepts requests, so nothing can start a process that is not there.
 */
@Component
class ProcessModelDeployer implements SmartInitializingSingleton {

    static final String ROOT = "processes/";
    static final String SOURCE = "processes";
    /** The folder and deployment name of the reply templates the workspace offers (workspace.ReplyTemplates). */
    static final String REPLY_TEMPLATES = "reply-templates";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessModelDeployer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The Camunda extension namespace of BPMN attributes such as formRef. */
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final RepositoryService repository;
    private final ResourcePatternResolver resources;
    private final String location;

    ProcessModelDeployer(RepositoryService repository, ResourcePatternResolver resources,
                         @Value("${supportdesk.models-location:classpath*:" + ROOT + "}") String location) {
        this.repository = repository;
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deploy();
    }

    /** Returns the names of the bundles that produced a new deployment. */
    List<String> deploy() {
        Map<String, byte[]> models = read("**/*.bpmn");
        Map<String, byte[]> decisions = read("**/*.dmn");
        Map<String, byte[]> forms = read("**/*.form");
        Map<String, String> formFileById = new LinkedHashMap<>();
        forms.forEach((name, content) -> formFileById.put(formId(name, content), name));

        List<Bundle> bundles = new ArrayList<>();
        Set<String> referencedForms = new LinkedHashSet<>();
        models.forEach((name, content) -> {
            Map<String, byte[]> resources = new LinkedHashMap<>();
            resources.put(name, content);
            for (String formRef : formRefs(name, content)) {
                String formFile = formFileById.get(formRef);
                if (formFile == null) {
                    throw new IllegalStateException(name + " references form '" + formRef
                            + "', which is not in " + ROOT);
                }
                resources.put(formFile, forms.get(formFile));
                referencedForms.add(formFile);
            }
            bundles.add(new Bundle(name, resources));
        });
        decisions.forEach((name, content) -> bundles.add(new Bundle(name, Map.of(name, content))));
        // all reply templates in one deployment: the newest one is the set in force
        Map<String, byte[]> templates = read(REPLY_TEMPLATES + "/*.yaml");
        if (!templates.isEmpty()) {
            bundles.add(new Bundle(REPLY_TEMPLATES, templates));
        }
        forms.forEach((name, content) -> {
            if (!referencedForms.contains(name)) {
                bundles.add(new Bundle(name, Map.of(name, content)));
            }
        });

        List<String> deployed = new ArrayList<>();
        for (Bundle bundle : bundles) {
            DeploymentBuilder builder = repository.createDeployment()
                    .name(bundle.name())
                    .source(SOURCE)
                    .enableDuplicateFiltering(false);
            bundle.resources().forEach((resourceName, bytes) ->
                    builder.addInputStream(resourceName, new ByteArrayInputStream(bytes)));
            int before = (int) repository.createDeploymentQuery().deploymentName(bundle.name()).count();
            builder.deploy();
            if (repository.createDeploymentQuery().deploymentName(bundle.name()).count() > before) {
                deployed.add(bundle.name());
            }
        }
        LOG.info("Models in {}: {} bundles, new versions of {}", ROOT, bundles.size(), deployed);
        return deployed;
    }

    private Map<String, byte[]> read(String pattern) {
        Map<String, byte[]> found = new TreeMap<>();
        try {
            for (Resource resource : resources.getResources(location + pattern)) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
                if (name.isEmpty()) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    found.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the models in " + ROOT, e);
        }
        return found;
    }

    /** The Camunda Forms a model names by id; a reference that is an expression is resolved at run time. */
    static Set<String> formRefs(String name, byte[] model) {
        BpmnModelInstance instance;
        try {
            instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model));
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + " is not a BPMN model: " + e.getMessage(), e);
        }
        Set<String> refs = new LinkedHashSet<>();
        for (BaseElement element : instance.getModelElementsByType(BaseElement.class)) {
            String ref = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
            if (ref != null && !ref.isBlank() && !ref.contains("${") && !ref.contains("#{")) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static String formId(String name, byte[] content) {
        try {
            String id = JSON.readTree(content).path("id").asText("");
            if (id.isEmpty()) {
                throw new IllegalStateException("form " + name + " has no id");
            }
            return id;
        } catch (IOException e) {
            throw new IllegalStateException("form " + name + " is not valid JSON", e);
        }
    }

    private record Bundle(String name, Map<String, byte[]> resources) {
    }
}
