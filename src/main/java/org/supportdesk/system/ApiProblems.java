package org.supportdesk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.system.Problems.FieldProblem;
import jakarta.validation.Validator;

/**
 * Every error Spring MVC answers as {@code application/problem+json}; bad input names each bad field
 * in {@code errors: [{field, message}]}. Not limited to our controllers: 404, 405, 406, 415 and
 * unreadable multipart bodies are raised before a controller is chosen. A feature's own refusals
 * ({@link org.supportdesk.input.RefusedRequestException}) carry their status and body, answered by
 * the base class's handler for {@code ErrorResponseException}. A database that is away
 * answers 503 with {@code Retry-After}; anything unforeseen answers 500, still as a problem.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String COMPONENT = "HTTP API";

    private final DatabaseOutage outage;
    private final Validator validator;

    ApiProblems(DatabaseOutage outage, Validator validator) {
        this.outage = outage;
        this.validator = validator;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.isBindingFailure()
                    ? bindingFailureMessage(error) : error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        errors.addAll(StrictInput.remainingProblems(ex.getBindingResult(), ex.getParameter().getParameterType(),
                validator));
        return ResponseEntity.badRequest().body(Problems.badRequest(withoutEchoes(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (ex.contains(RequestBodyLimitFilter.BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "the request body is too large"));
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return invalidField(field, "invalid value");
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                "the request body is not valid JSON"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "attachments are too large");
        problem.setProperty("errors", List.of(Map.of("field", "attachments", "message", "too large")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String allowed = Problems.allowedValues(ex.getRequiredType());
        return invalidField(field, allowed != null ? allowed : "not a valid " + simpleName(ex.getRequiredType()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalidField(ex.getParameterName(), "required");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return invalidField(ex.getRequestPartName(), "required");
    }

    /** No boundary, a body cut short, a part that cannot be read: the client's body, not our failure. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<?> unreadableMultipart(MultipartException ex) {
        if (ex instanceof MaxUploadSizeExceededException tooLarge) {
            return handleMaxUploadSizeExceededException(tooLarge, null, null, null);
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                "the multipart/form-data body could not be read (missing boundary, or cut short)"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException ex) {
        return invalidField(ex.field(), ex.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"support-desk\"")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, ex.getMessage());
    }

    /**
     * Everything else: the database's part decides (away or busy: 503 with Retry-After; a value it
     * refuses: 400; a constraint: 409; the transaction was rolled back in each case), a failure of
     * our own is logged and answered 500 without its details.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, WebRequest request) {
        DatabaseFailure failure = DatabaseFailure.of(ex);
        if (failure == DatabaseFailure.UNAVAILABLE || failure == DatabaseFailure.BUSY) {
            outage.failed(COMPONENT, ex);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS))
                    .body(Problems.ofDatabase(failure));
        }
        if (failure != null) {
            log.info("{} refused by the database: {}", path(request), NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
            ProblemDetail problem = Problems.ofDatabase(failure);
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }
        log.error("Unexpected failure answering {}", path(request), ex);
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_DETAIL));
    }

    private static ResponseEntity<Object> invalidField(String field, String message) {
        return ResponseEntity.badRequest().body(Problems.badRequest(List.of(new FieldProblem(field, message))));
    }

    /**
     * A bad enum value is read as null, so "must not be null" would follow its own message: a field
     * that names its allowed values says only that.
     */
    private static List<FieldProblem> withoutEchoes(List<FieldProblem> errors) {
        Set<String> named = errors.stream().filter(e -> e.message() != null && e.message().startsWith("one of "))
                .map(FieldProblem::field).collect(Collectors.toSet());
        return errors.stream().filter(e -> !named.contains(e.field()) || e.message() != null
                && e.message().startsWith("one of ")).distinct().toList();
    }

    /** A value of the wrong type: for an enum, its names (numbers are refused, names only). */
    private static String bindingFailureMessage(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            String allowed = Problems.allowedValues(error.unwrap(TypeMismatchException.class).getRequiredType());
            if (allowed != null) {
                return allowed;
            }
        }
        return "invalid value";
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "value" : type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getMethod() + " "
                + servlet.getRequest().getRequestURI() : request.getDescription(false);
    }
}
