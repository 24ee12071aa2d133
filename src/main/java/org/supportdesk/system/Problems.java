package org.supportdesk.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The shapes every error answer shares: RFC 9457 problem details with a title, and for bad input
 * {@code errors: [{field, message}]}. Also for the answers written outside Spring MVC (the error
 * page, the servlet container, the engine REST API).
 */
public final class Problems {

    /** How long a client waits before trying again while the database is away. */
    public static final int RETRY_AFTER_SECONDS = 10;

    static final String UNAVAILABLE_DETAIL =
            "The database is not reachable at the moment; nothing was written. Please try again shortly.";
    static final String BUSY_DETAIL =
            "The database is busy at the moment; nothing was written. Please try again shortly.";
    static final String BAD_VALUE_DETAIL =
            "A value could not be stored (too long, out of range or with characters the database cannot hold);"
                    + " nothing was written.";
    static final String CONFLICT_DETAIL =
            "The request conflicts with data written at the same time; nothing was written.";
    static final String INTERNAL_DETAIL = "The request could not be completed; nothing was written.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public record FieldProblem(String field, String message) {
    }

    /** Its title is the status's reason phrase. */
    public static ProblemDetail of(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    public static ProblemDetail badRequest(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "invalid fields: " + errors.stream().map(FieldProblem::field).distinct()
                        .collect(Collectors.joining(", ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message",
                e.message() == null ? "invalid value" : e.message())).toList());
        return problem;
    }

    /** What a database failure means for the client. */
    public static ProblemDetail ofDatabase(DatabaseFailure failure) {
        return switch (failure) {
            case UNAVAILABLE -> of(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_DETAIL);
            case BUSY -> of(HttpStatus.SERVICE_UNAVAILABLE, BUSY_DETAIL);
            case BAD_VALUE -> of(HttpStatus.BAD_REQUEST, BAD_VALUE_DETAIL);
            case CONFLICT -> of(HttpStatus.CONFLICT, CONFLICT_DETAIL);
        };
    }

    /** "one of HIGH, MEDIUM, LOW" for an enum type, else null. */
    public static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return null;
        }
        return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    /** Writes a problem straight to a servlet response (filters, handlers outside Spring MVC). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
    }

    static String json(ProblemDetail problem) throws JsonProcessingException {
        return JSON.writeValueAsString(asMap(problem));
    }

    private static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
