package org.supportdesk.security;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: Camunda's own doors are left to Camunda, the workspace API also takes the
 * agent's Tasklist login, everything else is our stateless API behind HTTP Basic against Camunda's
 * identity service.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String XHR = "XMLHttpRequest";

    /**
     * The engine REST API has no authentication of its own; Camunda's filter checks HTTP Basic against
     * the identity service and sets the engine's authenticated user, so authorizations apply.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    /**
     * The workspace API ({@code /api/workspace/**}), which the Tasklist plugin calls: HTTP Basic as
     * everywhere in our API, or the agent's Tasklist login (see {@link WebappSessionAuthenticationFilter}).
     * Still no session of our own and no cookie set here. The controllers decide per appeal and task
     * with Camunda's task authorizations.
     */
    @Bean
    @Order(0)
    SecurityFilterChain workspaceFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            ProblemDetailsHandler problems, ProcessEngine engine, ObjectMapper objectMapper,
            @Value("${supportdesk.hsts:false}") boolean hsts) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, exception) -> problems.commence(request,
                fromBrowser(request) ? withoutChallenge(response) : response, exception);
        return basicAndStateless(http, provider, entryPoint, problems, hsts)
                .securityMatcher(path("/api/workspace/**"))
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAnyAuthority(StaffGroups.authorities(StaffGroups.ALL)))
                .addFilterAfter(new WebappSessionAuthenticationFilter(engine.getIdentityService(), engine.getName(),
                        objectMapper), BasicAuthenticationFilter.class)
                // the webapp's session is only read: no session of ours, and no new session id (Spring's
                // session fixation protection would rotate the id under Tasklist's concurrent requests);
                // the session filter checks Camunda's CSRF token, Basic callers carry no cookie
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.none()))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .build();
    }

    /**
     * The webapps have their own login, session and CSRF filter, and the engine REST API is
     * guarded by Camunda's authentication filter; a second login in front of them would fight.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        return http
                // /camunda-welcome: asked by every webapp login page; a Basic challenge there
                // would put the browser's own sign-in dialog over Camunda's login
                .securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/engine-rest/**"),
                        path("/api/engine/**"), path("/camunda-welcome"), path("/camunda-welcome/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Also Spring Security's firewall answer for every address (it looks for a bean of this type). */
    @Bean
    ProblemDetailsHandler problemDetailsHandler(ObjectMapper objectMapper) {
        return new ProblemDetailsHandler(objectMapper);
    }

    /**
     * Our API: no cookies and no session, so no CSRF token either; every call carries HTTP Basic
     * (or an appeal token the controllers check). What is not listed is denied.
     */
    @Bean
    @Order(2)
    SecurityFilterChain applicationFilterChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            ProblemDetailsHandler problems, @Value("${supportdesk.hsts:false}") boolean hsts) throws Exception {
        return basicAndStateless(http, provider, problems, problems, hsts)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(HttpMethod.GET, "/actuator/health"),
                                path(HttpMethod.GET, "/actuator/health/**")).permitAll()
                        // Prometheus scrapes with a user of its own group (README, Operations)
                        .requestMatchers(path(HttpMethod.GET, "/actuator/prometheus")).hasAnyAuthority(
                                StaffGroups.authorities(List.of(StaffGroups.MONITORING, StaffGroups.CAMUNDA_ADMIN)))
                        .requestMatchers(path("/actuator/**")).hasAuthority(StaffGroups.authority(StaffGroups.CAMUNDA_ADMIN))
                        // the OpenAPI description of our API: staff of every group (README, Operations)
                        .requestMatchers(path(HttpMethod.GET, "/v3/api-docs"), path(HttpMethod.GET, "/v3/api-docs/**"),
                                path(HttpMethod.GET, "/v3/api-docs.yaml"))
                        .hasAnyAuthority(StaffGroups.authorities(StaffGroups.ALL))
                        // the controllers refuse anonymous channels other than FEEDBACK_FORM,
                        // and check the appeal token or a staff login
                        .requestMatchers(path(HttpMethod.POST, "/api/appeals"),
                                path(HttpMethod.GET, "/api/appeals/*"),
                                path(HttpMethod.GET, "/api/appeals/*/attachments/*"),
                                path(HttpMethod.POST, "/api/appeals/*/messages"),
                                path(HttpMethod.POST, "/api/appeals/*/confirm")).permitAll()
                        // each channel platform proves itself with its own secret, checked by the controller
                        .requestMatchers(path(HttpMethod.GET, "/webhooks/**"),
                                path(HttpMethod.POST, "/webhooks/**")).permitAll()
                        .requestMatchers(path("/error")).permitAll()
                        // the customers' feedback form: static pages that call the public API above
                        .requestMatchers(path(HttpMethod.GET, "/feedback"),
                                path(HttpMethod.GET, "/feedback/**")).permitAll()
                        // Camunda redirects the root to the webapps
                        .requestMatchers(path(HttpMethod.GET, "/")).permitAll()
                        // owners confirm a notice with the token of their link
                        .requestMatchers(path(HttpMethod.GET, "/notifications/ack"),
                                path(HttpMethod.POST, "/notifications/ack")).permitAll()
                        // notifications are filed by duty engineers (or a monitoring integration in their group)
                        .requestMatchers(path(HttpMethod.POST, "/api/notifications"))
                        .hasAnyAuthority(startersOf(AccessModel.SERVICE_NOTIFICATION))
                        // the customer directory is filled by administrators
                        .requestMatchers(path(HttpMethod.POST, "/api/customers/import"))
                        .hasAuthority(StaffGroups.authority(StaffGroups.CAMUNDA_ADMIN))
                        // the sales API: sales, presales, sales leads (and administrators), not support
                        .requestMatchers(path(HttpMethod.POST, "/api/managed-services/requests"))
                        .hasAnyAuthority(startersOf(AccessModel.COST_REQUEST))
                        .requestMatchers(path("/api/managed-services/**")).hasAnyAuthority(StaffGroups.authorities(
                                List.of(StaffGroups.SALES, StaffGroups.MANAGED_SERVICES, StaffGroups.SALES_LEADS,
                                        StaffGroups.CAMUNDA_ADMIN)))
                        // the classifier's examples hold customers' texts: modelers and support leads review them
                        .requestMatchers(path("/api/competency/**")).hasAnyAuthority(StaffGroups.authorities(
                                List.of(StaffGroups.PROCESS_MODELERS, StaffGroups.SUPPORT_LEADS,
                                        StaffGroups.SUPPORT_MANAGEMENT, StaffGroups.CAMUNDA_ADMIN)))
                        .requestMatchers(path("/api/**")).hasAnyAuthority(StaffGroups.authorities(StaffGroups.ALL))
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * HTTP Basic against Camunda's identity service, answers as problem details, no session of ours,
     * so no CSRF token either.
     */
    private static HttpSecurity basicAndStateless(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            AuthenticationEntryPoint entryPoint, ProblemDetailsHandler problems, boolean hsts) throws Exception {
        return http
                // one provider, no parent: a wrong password is checked (and counted by Camunda) once
                .authenticationManager(new ProviderManager(provider))
                // a wrong password answers 401 even on public paths
                .httpBasic(basic -> basic.realmName(ProblemDetailsHandler.REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems))
                // behind a TLS proxy every answer says so; browsers take it from HTTPS answers only
                .headers(headers -> headers.httpStrictTransportSecurity(hsts
                        ? strict -> strict.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000)
                        .includeSubDomains(true)
                        : HeadersConfigurer.HstsConfig::disable))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }

    /** Who may start {@code processKey} through our API: its starters in the access model, and administrators. */
    private static String[] startersOf(String processKey) {
        List<String> groups = new java.util.ArrayList<>(AccessModel.startersOf(processKey));
        groups.add(StaffGroups.CAMUNDA_ADMIN);
        return StaffGroups.authorities(groups);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
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
