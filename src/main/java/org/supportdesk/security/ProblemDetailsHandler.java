package org.supportdesk.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers 401 and 403 as RFC 9457 problem details, like every other error of the API, instead of
 * Spring Security's empty bodies or HTML pages; and the firewall's refusals (encoded slashes,
 * {@code ;}, {@code //}, {@code ..}, control characters in the address or headers) as 400 problems.
 */
class ProblemDetailsHandler implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final String REALM = "support-desk";

    private final ObjectMapper objectMapper;

    ProblemDetailsHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        write(objectMapper, response, HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic using a staff login; the user name or password was missing or wrong.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(objectMapper, response, HttpStatus.FORBIDDEN, "Your login is not in a group that may do this.");
    }

    /** The firewall's message says what was wrong with the address; it names nothing of ours. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException exception) throws IOException {
        write(objectMapper, response, HttpStatus.BAD_REQUEST, exception.getMessage());
    }

    /** Its title is the status's reason phrase. */
    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
