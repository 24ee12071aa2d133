package org.supportdesk.system;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's documented authorization settings for this desk:
 * <ul>
 * <li>tasks get grants per process definition where the access model says so
 * ({@link TaskGrantsPerDefinition});</li>
 * <li>revokes are never checked: the desk only grants (the access model and the admin webapp's
 * grants), so the engine skips the revoke part of every authorization check. A REVOKE entered in
 * the admin webapp has no effect; remove the grant instead (README, access).</li>
 * </ul>
 */
@Component
class AuthorizationTuning extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new TaskGrantsPerDefinition());
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }
}
