package org.supportdesk.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error answers for what happens outside Spring MVC and Jersey:
 * <ul>
 * <li>a filter that finds the database away (the login checks of our API and of the engine REST
 * API both ask Camunda's identity service) threw out of the filter chain: the container logged a
 * stack trace per request and answered 500. Outermost filter, so the answer is a 503 with
 * {@code Retry-After} and the outage is logged once ({@link DatabaseOutage});</li>
 * <li>Camunda's engine REST authentication answers 401 with an empty body: it gets a problem
 * body. Errors of the REST resources themselves are shaped by {@link EngineRestProblems}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ErrorAnswerFilters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseFailureFilter(DatabaseOutage outage) {
        // around Spring Security's filter chain and Camunda's filters
        return registered("database-failure-answers", Ordered.HIGHEST_PRECEDENCE + 100, new DatabaseFailures(outage),
                "/*");
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestErrorBodiesFilter() {
        // before Camunda's authentication filter, which keeps the default (last) order
        return registered("engine-rest-error-bodies", Ordered.HIGHEST_PRECEDENCE + 1000, new EmptyErrorBodies(),
                "/engine-rest/*");
    }

    /**
     * The webapps' own engine API takes the same paging parameters to SQL: a negative value answered
     * 500. The webapps never send one; a hand-made call gets a 400 in Camunda's fields.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappPagingFilter() {
        return registered("webapp-engine-api-paging", Ordered.LOWEST_PRECEDENCE, new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                // the query string only: reading parameters could consume a form body
                Map<String, List<String>> query = queryOf(request.getQueryString());
                String refused = EngineRestProblems.refusedPaging(query::get);
                if (refused == null) {
                    chain.doFilter(request, response);
                    return;
                }
                ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
                        refused + " must be a whole number, 0 or more");
                problem.setProperty("type", "InvalidRequestException");
                problem.setProperty("message", problem.getDetail());
                Problems.write(response, problem);
            }
        }, "/camunda/api/engine/*");
    }

    static FilterRegistrationBean<OncePerRequestFilter> registered(String name, int order, OncePerRequestFilter filter,
                                                                   String... urlPatterns) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(urlPatterns);
        registration.setOrder(order);
        return registration;
    }

    /** Each name's values, decoded; null for a value that cannot be decoded. */
    static Map<String, List<String>> queryOf(String queryString) {
        return queryString == null ? Map.of() : Arrays.stream(queryString.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.groupingBy(pair -> pair[0], Collectors.mapping(
                        pair -> decoded(pair.length < 2 ? "" : pair[1]), Collectors.toList())));
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }

    static final class DatabaseFailures extends OncePerRequestFilter {

        private final DatabaseOutage outage;

        DatabaseFailures(DatabaseOutage outage) {
            this.outage = outage;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                DatabaseFailure failure = DatabaseFailure.of(e);
                if (failure == null || response.isCommitted()) {
                    throw e;
                }
                // logged once while the database is away or busy
                outage.failed(ApiProblems.COMPONENT, e);
                response.resetBuffer();
                Problems.write(response, Problems.ofDatabase(failure));
            }
        }
    }

    static final class EmptyErrorBodies extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            BodyWatch watched = new BodyWatch(response);
            chain.doFilter(request, watched);
            int status = response.getStatus();
            if (status >= 400 && !watched.bodyStarted && !watched.errorSent && !response.isCommitted()
                    && !"HEAD".equals(request.getMethod())) {
                HttpStatus known = HttpStatus.resolve(status);
                HttpStatus answered = known == null ? HttpStatus.BAD_REQUEST : known;
                String wwwAuthenticate = response.getHeader(HttpHeaders.WWW_AUTHENTICATE);
                Problems.write(response, Problems.of(answered, answered == HttpStatus.UNAUTHORIZED
                        ? "Sign in with HTTP Basic using a Camunda login; the user name or password was missing or wrong."
                        : ProblemErrorController.detail(answered)));
                if (wwwAuthenticate != null) {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
                }
            }
        }
    }

    /** Notes whether anything started a body, or handed the error to the container's error page. */
    private static final class BodyWatch extends HttpServletResponseWrapper {

        private boolean bodyStarted;
        private boolean errorSent;

        BodyWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

        @Override
        public void sendError(int sc) throws IOException {
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            errorSent = true;
            super.sendError(sc, msg);
        }
    }
}
