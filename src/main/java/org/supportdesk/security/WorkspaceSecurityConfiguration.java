package org.supportdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * The workspace API ({@code /api/workspace/**}), which the Tasklist plugin calls: HTTP Basic as
 * everywhere in our API, or the agent's Tasklist login (see {@link WebappSessionAuthenticationFilter}).
 * Still no session of our own and no cookie set here. The controllers decide per appeal and task
 * with Camunda's task authorizations.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceSecurityConfiguration {

    static final String XHR = "XMLHttpRequest";

    @Bean
    @Order(0)
    SecurityFilterChain workspaceFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            ProcessEngine engine, ObjectMapper objectMapper, @Value("${supportdesk.hsts:false}") boolean hsts)
            throws Exception {
        ProblemDetailsHandler problems = new ProblemDetailsHandler(objectMapper);
        AuthenticationEntryPoint entryPoint = (request, response, exception) -> problems.commence(request,
                fromBrowser(request) ? withoutChallenge(response) : response, exception);
        return http
                .securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/workspace/**"))
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAnyAuthority(StaffGroups.authorities(StaffGroups.ALL)))
                .authenticationManager(new ProviderManager(provider))
                .httpBasic(basic -> basic.realmName(ProblemDetailsHandler.REALM).authenticationEntryPoint(entryPoint))
                .addFilterAfter(new WebappSessionAuthenticationFilter(engine.getIdentityService(), engine.getName(),
                        objectMapper), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers.httpStrictTransportSecurity(hsts
                        ? strict -> strict.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000)
                        .includeSubDomains(true)
                        : HeadersConfigurer.HstsConfig::disable))
                // the webapp's session is only read: no session of ours, and no new session id (Spring's
                // session fixation protection would rotate the id under Tasklist's concurrent requests)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                // the session filter checks Camunda's CSRF token; Basic callers carry no cookie
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /** The plugin marks its calls; an expired login must not open the browser's own sign-in dialog. */
    private static boolean fromBrowser(HttpServletRequest request) {
        return XHR.equals(request.getHeader("X-Requested-With"));
    }

    private static HttpServletResponse withoutChallenge(HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }
        };
    }
}
