package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Deploying the modelers' folder: bundles, duplicate filtering, and reading from a jar. */
class ProcessModelDeployerTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml")
            .build();

    @TempDir
    Path folder;

    @AfterEach
    void removeDeployments() {
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void deploysEachModelWithItsFormsAndOnlyChangedModelsAgain() throws IOException {
        Path models = copyOfProcessesFolder();
        RepositoryService repository = engine.getRepositoryService();
        ProcessModelDeployer deployer = deployer("file:" + models + "/");

        List<String> first = deployer.deploy();
        // one bundle per model: every BPMN and DMN file of the folder, forms ride along
        List<String> modelFiles;
        try (var files = Files.list(models)) {
            modelFiles = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn")).toList();
        }
        assertThat(modelFiles).contains("appeal.bpmn", "sla.dmn", "managed-services-request.bpmn", "ms-pricing.dmn",
                "ms-onboarding-audit.bpmn");
        List<String> bundles = new java.util.ArrayList<>(modelFiles);
        // the reply templates go out together, as one deployment
        bundles.add(ProcessModelDeployer.REPLY_TEMPLATES);
        assertThat(first).containsExactlyInAnyOrderElementsOf(bundles);
        Deployment templates = repository.createDeploymentQuery()
                .deploymentName(ProcessModelDeployer.REPLY_TEMPLATES).singleResult();
        assertThat(repository.getDeploymentResourceNames(templates.getId()))
                .contains("reply-templates/working-on-it.yaml", "reply-templates/ask-for-diagnostics.yaml");
        Deployment appeal = repository.createDeploymentQuery().deploymentName("appeal.bpmn").singleResult();
        assertThat(repository.getDeploymentResourceNames(appeal.getId())).containsExactlyInAnyOrder("appeal.bpmn",
                "forms/triage-appeal.form", "forms/work-on-appeal.form",
                "forms/contact-managed-services-customer.form", "forms/handle-escalation.form");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("sla").count()).isEqualTo(1);

        assertThat(deployer.deploy()).as("nothing changed").isEmpty();

        Path sla = models.resolve("sla.dmn");
        Files.writeString(sla, Files.readString(sla).replace("</definitions>", "<!-- reviewed -->\n</definitions>"));
        assertThat(deployer.deploy()).containsExactly("sla.dmn");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("sla").latestVersion()
                .singleResult().getVersion()).isEqualTo(2);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("appeal").latestVersion()
                .singleResult().getVersion()).isEqualTo(1);

        Path form = models.resolve("forms/work-on-appeal.form");
        Files.writeString(form, Files.readString(form).replace("Reply to the customer", "Answer to the customer"));
        assertThat(deployer.deploy()).as("a form goes out with the model that uses it").containsExactly("appeal.bpmn");

        Path template = models.resolve("reply-templates/working-on-it.yaml");
        Files.writeString(template, Files.readString(template).replace("thank you for your patience",
                "thank you for waiting"));
        assertThat(deployer.deploy()).as("a changed template: the set in force is deployed again")
                .containsExactly(ProcessModelDeployer.REPLY_TEMPLATES);
    }

    @Test
    void readsTheModelsFromAPackagedJar() throws IOException {
        Path jar = folder.resolve("app.jar");
        Path source = Path.of("processes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                String name = "processes/" + source.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ProcessModelDeployer deployer = new ProcessModelDeployer(engine.getRepositoryService(),
                    new PathMatchingResourcePatternResolver(loader), "classpath*:processes/");

            assertThat(deployer.deploy()).contains("appeal.bpmn", "sla.dmn");
        }
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("appeal").count())
                .isEqualTo(1);
    }

    private ProcessModelDeployer deployer(String location) {
        return new ProcessModelDeployer(engine.getRepositoryService(), new PathMatchingResourcePatternResolver(),
                location);
    }

    private Path copyOfProcessesFolder() throws IOException {
        Path target = folder.resolve("processes");
        Path source = Path.of("processes");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

}
