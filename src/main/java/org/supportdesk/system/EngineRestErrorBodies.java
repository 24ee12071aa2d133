package org.supportdesk.system;

import java.io.IOException;
import java.io.PrintWriter;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around Camunda's engine REST filters: its authentication filter answers 401 with an empty body,
 * and a login check that finds the database away throws out of the filter. The first gets a
 * problem body, the second a 503 with {@code Retry-After}. Errors of the REST resources themselves
 * are shaped by {@link EngineRestProblems}.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrorBodies {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestErrorBodiesFilter(DatabaseOutage outage) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(outage));
        registration.setName("engine-rest-error-bodies");
        registration.addUrlPatterns("/engine-rest/*");
        // before Camunda's authentication filter, which keeps the default (last) order
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1000);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final DatabaseOutage outage;

        Filter(DatabaseOutage outage) {
            this.outage = outage;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            BodyWatch watched = new BodyWatch(response);
            try {
                chain.doFilter(request, watched);
            } catch (IOException | ServletException | RuntimeException e) {
                DatabaseFailure failure = DatabaseFailure.of(e);
                if (failure == null || response.isCommitted()) {
                    throw e;
                }
                if (failure == DatabaseFailure.UNAVAILABLE || failure == DatabaseFailure.BUSY) {
                    outage.failed(EngineRestProblems.COMPONENT, e);
                }
                response.resetBuffer();
                Problems.write(response, Problems.ofDatabase(failure));
                return;
            }
            int status = response.getStatus();
            if (status >= 400 && !watched.bodyStarted && !watched.errorSent && !response.isCommitted()
                    && !"HEAD".equals(request.getMethod())) {
                HttpStatus known = HttpStatus.resolve(status);
                String wwwAuthenticate = response.getHeader(HttpHeaders.WWW_AUTHENTICATE);
                Problems.write(response, Problems.of(known == null ? HttpStatus.BAD_REQUEST : known,
                        known == HttpStatus.UNAUTHORIZED
                                ? "Sign in with HTTP Basic using a Camunda login; the user name or password was"
                                + " missing or wrong."
                                : ProblemErrorController.detail(known == null ? HttpStatus.BAD_REQUEST : known)));
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
