package org.supportdesk.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API has no authentication of its own; Camunda's filter checks HTTP Basic against
 * the identity service and sets the engine's authenticated user, so authorizations apply.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurityConfiguration {

    // Camunda's documented provider, named as in a web.xml so no implementation class is referenced
    static final String HTTP_BASIC_PROVIDER =
            "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HTTP_BASIC_PROVIDER);
        return registration;
    }
}
