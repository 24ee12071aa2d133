package org.supportdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Tasklist plugin call the workspace API with the login the agent already has: the
 * Camunda webapps keep it in the HTTP session (the webapp's own login, brute-force delay and
 * session cookie). A request without HTTP Basic is taken as the session's Tasklist user when
 * <ul>
 *   <li>the session holds a webapp authentication for this engine that may use Tasklist (for the
 *       caller's own settings, {@value #SETTINGS}, one that may use Tasklist, Cockpit or Admin: staff
 *       who do not use Tasklist choose their time zone in Cockpit's or Admin's footer),</li>
 *   <li>the user still exists; the groups are read again from the identity service, as for Basic,</li>
 *   <li>for anything but GET, HEAD and OPTIONS, the request carries the webapp's CSRF token in
 *       {@code X-XSRF-TOKEN}, equal to the one Camunda's CSRF filter keeps in the session (the same
 *       double-submit check Camunda applies to its own API; a cross-site page cannot read it).</li>
 * </ul>
 * Reads the session, never creates or changes it. The webapp classes used are the ones Camunda's
 * own authentication filter and CSRF filter use for the same purpose (see ArchitectureTest).
 */
final class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    /** The session attribute of Camunda's webapp login ({@code AuthenticationUtil}). */
    static final String WEBAPP_AUTHENTICATION_ATTRIBUTE = "authenticatedUser";
    static final String TASKLIST = "tasklist";
    /** The caller's own settings, which every webapp offers in its footer. */
    static final String SETTINGS = "/api/workspace/settings";
    private static final Set<String> SETTINGS_APPS = Set.of(TASKLIST, "cockpit", "admin");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;
    private final String engineName;
    private final ObjectMapper json;

    WebappSessionAuthenticationFilter(IdentityService identity, String engineName, ObjectMapper json) {
        this.identity = identity;
        this.engineName = engineName;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (alreadyAuthenticated() || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String user = session == null ? null : webappUser(session, SETTINGS.equals(path) ? SETTINGS_APPS : Set.of(TASKLIST));
        if (user == null || identity.createUserQuery().userId(user).count() == 0) {
            // not signed in to the webapps: the entry point answers 401
            chain.doFilter(request, response);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request, session)) {
            ProblemDetailsHandler.write(json, response, HttpStatus.FORBIDDEN,
                    "Changes with the webapp login need the webapp's CSRF token in the X-XSRF-TOKEN header.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                StaffGroups.authoritiesOf(identity, user)));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean alreadyAuthenticated() {
        var current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
    }

    /** The session's user if the webapp login may use one of {@code apps}. */
    private String webappUser(HttpSession session, Set<String> apps) {
        if (!(session.getAttribute(WEBAPP_AUTHENTICATION_ATTRIBUTE) instanceof Authentications authentications)) {
            return null;
        }
        Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
        if (!(authentication instanceof UserAuthentication user) || apps.stream().noneMatch(user::isAuthorizedForApp)) {
            return null;
        }
        return user.getIdentityId();
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && !token.isEmpty() && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

}
