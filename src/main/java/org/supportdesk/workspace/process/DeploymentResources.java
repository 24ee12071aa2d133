package org.supportdesk.workspace.process;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** The resources of engine deployments, such as the reply templates deployed with the models. */
@Component
public class DeploymentResources {

    private final RepositoryService repository;

    public DeploymentResources(RepositoryService repository) {
        this.repository = repository;
    }

    /** The id of the newest deployment of this name, if any. */
    public Optional<String> newest(String deploymentName) {
        return repository.createDeploymentQuery().deploymentName(deploymentName)
                .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().map(d -> d.getId());
    }

    public List<String> names(String deploymentId) {
        return repository.getDeploymentResourceNames(deploymentId);
    }

    public InputStream open(String deploymentId, String resource) {
        return repository.getResourceAsStream(deploymentId, resource);
    }
}
