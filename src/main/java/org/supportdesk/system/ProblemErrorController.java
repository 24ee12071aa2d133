package org.supportdesk.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import java.net.URI;

/**
 * The servlet container's error page ({@code /error}): what filters and the container answer with
 * {@code sendError}, and what escapes a filter (Spring Security's firewall, multipart parsing,
 * Camunda's filters, a login check that finds the database away). Always problem+json, whatever the
 * client accepts; replaces Spring Boot's page, which answered its own JSON or an HTML page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final DatabaseOutage outage;

    ProblemErrorController(DatabaseOutage outage) {
        this.outage = outage;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = status(request);
        DatabaseFailure failure = DatabaseFailure.of(error);
        ProblemDetail problem;
        if (failure != null) {
            outage.failed(ApiProblems.COMPONENT, error);
            problem = Problems.ofDatabase(failure);
        } else if (error != null && status.is5xxServerError()) {
            problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_DETAIL);
        } else {
            problem = Problems.of(status, detail(status));
        }
        // the address asked for, not the error page's own
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException unparsable) {
                problem.setInstance(URI.create("about:blank"));
            }
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
        }
        return answer.body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** Our own words per status: the container's messages may name internals. */
    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: its address, headers or body are malformed.";
            case UNAUTHORIZED -> "Sign in first: HTTP Basic for the API, the login page for the webapps.";
            case FORBIDDEN -> "Your login may not do this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            case NOT_ACCEPTABLE -> "This address answers JSON only.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take this content type.";
            case TOO_MANY_REQUESTS -> "Too many requests; please wait a minute.";
            case SERVICE_UNAVAILABLE -> Problems.UNAVAILABLE_DETAIL;
            case INTERNAL_SERVER_ERROR -> Problems.INTERNAL_DETAIL;
            default -> status.getReasonPhrase();
        };
    }
}
