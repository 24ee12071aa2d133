package org.supportdesk.security;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Starts the processes the application owns (the appeal, the cost request) on a user's behalf.
 * <p>
 * An agent who registers a phone call or hands an appeal to sales completes a task; the delegate
 * that follows runs as that agent, and a start from there would need the agent to hold
 * CREATE_INSTANCE on the started process, which would let the agent start it directly through
 * {@code /engine-rest} too. The application has already checked who may do what, so the start runs
 * without the engine's authenticated user, which the engine takes as the system, and the user is
 * put back afterwards.
 */
@Component
public class ApplicationStarts {

    private final RuntimeService runtime;
    private final IdentityService identity;

    ApplicationStarts(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return runtime.startProcessInstanceByKey(processKey, businessKey, variables);
        }
        finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
