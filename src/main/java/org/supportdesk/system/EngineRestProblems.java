package org.supportdesk.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.model.xml.ModelParseException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.supportdesk.input.InvalidInputException;
import org.xml.sax.SAXException;

/**
 * Error answers of Camunda's REST API ({@code /engine-rest}), through Jersey's public extension
 * points (Spring Boot's {@link ResourceConfigCustomizer}):
 * <ul>
 * <li>every error answer is {@code application/problem+json}, and keeps Camunda's documented
 * fields ({@code type} = the exception's name, {@code message}, {@code code}, and the extra fields
 * of authorization and parse errors) beside RFC 9457's {@code title}, {@code status} and
 * {@code detail}. Camunda's {@code type} is kept as it is: clients of the engine API read it, and
 * RFC 9457 reads it as a relative reference. Camunda's webapps use their own API under
 * {@code /camunda/api/}, which stays as Camunda answers it;</li>
 * <li>{@code firstResult} and {@code maxResults} must be whole numbers, 0 or more (a negative
 * value reached the database and answered 500, a word answered 404);</li>
 * <li>input our delegates refuse ({@link InvalidInputException}, e.g. a phone call without a
 * login started or submitted through the API) answers 400 with the field, not 500;</li>
 * <li>a model that is not well-formed XML answers 400; a database that is away or busy 503 with
 * {@code Retry-After}; a value the database refuses 400. Everything else keeps Camunda's status.</li>
 * </ul>
 */
@Component
class EngineRestProblems implements ResourceConfigCustomizer {

    private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);
    static final String COMPONENT = "engine REST API";
    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    /** Ahead of Camunda's own mappers (default priority 5000) for the same exception types. */
    private static final int BEFORE_CAMUNDA = 100;
    /**
     * Camunda's form field validators (generated and embedded forms) throw an engine-internal
     * exception type; recognised by name so no engine implementation class is referenced.
     */
    private static final Set<String> FORM_FIELD_VALIDATION = Set.of("FormFieldValidatorException",
            "FormFieldValidationException");

    private final DatabaseOutage outage;

    EngineRestProblems(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    public void customize(ResourceConfig config) {
        config.register(new PagingParameters());
        config.register(new FailureMapper<ProcessEngineException>() { }, BEFORE_CAMUNDA);
        config.register(new FailureMapper<RestException>() { }, BEFORE_CAMUNDA);
        config.register(new FailureMapper<RuntimeException>() { }, BEFORE_CAMUNDA);
        config.register(new ProblemJsonAnswers());
    }

    /** Camunda's list paging: refused at once when it is not a whole number from 0. */
    @PreMatching
    @Priority(100)
    static final class PagingParameters implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            String refused = refusedPaging(request.getUriInfo().getQueryParameters()::get);
            if (refused != null) {
                String message = refused + " must be a whole number, 0 or more";
                request.abortWith(problem(Response.Status.BAD_REQUEST, "InvalidRequestException", message,
                        List.of(Map.of("field", refused, "message", "a whole number, 0 or more"))));
            }
        }
    }

    /** The paging parameter that is not a whole number from 0 (Camunda passes it to SQL as it is), or null. */
    static String refusedPaging(java.util.function.Function<String, List<String>> parameter) {
        for (String name : List.of("firstResult", "maxResults")) {
            List<String> values = parameter.apply(name);
            if (values != null && values.stream().anyMatch(value -> value == null || !value.matches("[0-9]{1,9}"))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Failures whose cause is the client's input or the database, not a defect. Registered for the
     * engine's failures, for Camunda's resources' 500 RestException (their wrapping of the engine
     * failures of a start or a form submission) and for failures thrown through the engine unwrapped
     * (input our delegates refuse, a delegate's database write with a required value missing, a
     * variable that names no appeal, request or notification of ours): Jersey picks the mapper of the
     * nearest exception type, so each type needs its own mapper ahead of Camunda's.
     */
    abstract class FailureMapper<E extends RuntimeException> implements ExtendedExceptionMapper<E> {

        @Override
        public boolean isMappable(E exception) {
            return answer(exception) != null;
        }

        @Override
        public Response toResponse(E exception) {
            return EngineRestProblems.this.toResponse(exception);
        }
    }

    /** The answer in our shape, or null to leave the failure to Camunda's own mapping. */
    private static Response answer(Throwable error) {
        InvalidInputException invalid = find(error, InvalidInputException.class);
        if (invalid != null) {
            return problem(Response.Status.BAD_REQUEST, invalid.getClass().getSimpleName(), invalid.getMessage(),
                    List.of(Map.of("field", invalid.field() == null ? "variables" : invalid.field(), "message",
                            invalid.getMessage() == null ? "invalid value" : invalid.getMessage())));
        }
        // Camunda's resources wrap the engine's failure: the client is told the engine's
        String type = (error instanceof RestException && error.getCause() != null ? error.getCause() : error)
                .getClass().getSimpleName();
        DatabaseFailure failure = DatabaseFailure.of(error);
        if (failure != null) {
            ProblemDetail database = Problems.ofDatabase(failure);
            return problem(Response.Status.fromStatusCode(database.getStatus()), type, database.getDetail(), null);
        }
        if (find(error, SAXException.class) != null
                || find(error, ModelParseException.class) != null) {
            return problem(Response.Status.BAD_REQUEST, type, "A deployed resource is not well-formed XML: "
                    + error.getMessage(), null);
        }
        ErrorResponseException refused = find(error, ErrorResponseException.class);
        if (refused != null && refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            // a process of ours started through the API with a business key or variables naming nothing
            return problem(Response.Status.BAD_REQUEST, type, "The variables or business key name no appeal,"
                    + " request or notification of the desk: " + error.getMessage(), null);
        }
        if (find(error, t -> FORM_FIELD_VALIDATION.contains(t.getClass().getSimpleName())) != null) {
            return problem(Response.Status.BAD_REQUEST, type, error.getMessage(), null);
        }
        return null;
    }

    private Response toResponse(RuntimeException exception) {
        Response answer = answer(exception);
        if (answer == null) {
            // isMappable said otherwise; answer as Camunda would, in our shape
            return problem(Response.Status.INTERNAL_SERVER_ERROR, exception.getClass().getSimpleName(),
                    exception.getMessage(), null);
        }
        if (answer.getStatus() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            outage.failed(COMPONENT, exception);
        } else {
            log.debug("Engine REST request refused ({}): {}", answer.getStatusInfo(), exception.getMessage());
        }
        return answer;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        return type.cast(find(error, type::isInstance));
    }

    private static Throwable find(Throwable error, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = error; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (test.test(t)) {
                return t;
            }
        }
        return null;
    }

    static Response problem(Response.Status status, String type, String message, List<Map<String, String>> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", 0);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.getStatusCode());
        body.put("detail", message);
        if (errors != null) {
            body.put("errors", errors);
        }
        Response.ResponseBuilder answer = Response.status(status).type(PROBLEM_JSON).entity(body);
        if (status == Response.Status.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
        }
        return answer.build();
    }

    /** Camunda's own error answers get the problem members and content type. */
    static final class ProblemJsonAnswers implements ContainerResponseFilter {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        @SuppressWarnings("unchecked")
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            int status = response.getStatus();
            if (status < 400 || HttpMethod.HEAD.equals(request.getMethod())) {
                return;
            }
            Object entity = response.getEntity();
            Map<String, Object> body;
            if (entity instanceof Map<?, ?> map && map.containsKey("title")) {
                return;
            } else if (entity instanceof ExceptionDto dto) {
                body = JSON.convertValue(dto, LinkedHashMap.class);
            } else if (entity == null) {
                body = new LinkedHashMap<>();
                body.put("type", "about:blank");
            } else if (entity instanceof String text) {
                // the JSON provider's own answer to a body it cannot parse is plain text
                body = new LinkedHashMap<>();
                body.put("type", "about:blank");
                body.put("message", text);
            } else {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            body.put("title", known == null ? "Error" : known.getReasonPhrase());
            body.put("status", status);
            Object message = body.get("message");
            body.put("detail", message != null ? message
                    : known == null ? "error" : ProblemErrorController.detail(known));
            response.setEntity(body, response.getEntityAnnotations(), PROBLEM_JSON);
        }
    }
}
