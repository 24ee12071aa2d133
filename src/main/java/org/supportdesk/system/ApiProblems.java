package org.supportdesk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.supportdesk.customer.CustomerImportException;
import org.supportdesk.managedservices.CostRequestNotFoundException;
import org.supportdesk.notification.NotificationNotFoundException;
import org.supportdesk.managedservices.CostRequestStateException;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.supportdesk.appeal.AppealClosedException;
import org.supportdesk.appeal.AppealNotFoundException;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.TooManyRequestsException;

/**
 * Every API error as {@code application/problem+json}; bad input names each bad field in
 * {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackages = "org.supportdesk")
class ApiProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), error.isBindingFailure()
                    ? "invalid value" : error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return ResponseEntity.badRequest().body(badRequest(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (RequestBodyLimitFilter.isTooLarge(ex)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "the request body is too large"));
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem(field, "invalid value"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not valid JSON");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "attachments are too large");
        problem.setProperty("errors", List.of(new FieldProblem("attachments", "too large")));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex) {
        return ResponseEntity.badRequest().body(badRequest(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(AppealNotFoundException.class)
    ProblemDetail notFound(AppealNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such appeal, or the token does not match");
    }

    @ExceptionHandler(CustomerImportException.class)
    ProblemDetail badImport(CustomerImportException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ex.getMessage() + "; nothing was imported");
        problem.setProperty("errors", ex.errors().stream().map(e -> Map.of("field",
                "line " + e.line() + ": " + e.column(), "message", e.message())).toList());
        return problem;
    }

    @ExceptionHandler(NotificationNotFoundException.class)
    ProblemDetail notificationNotFound(NotificationNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(CostRequestNotFoundException.class)
    ProblemDetail costRequestNotFound(CostRequestNotFoundException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler(CostRequestStateException.class)
    ProblemDetail costRequestState(CostRequestStateException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(AppealClosedException.class)
    ProblemDetail closed(AppealClosedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"support-desk\"")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
    }

    private static ProblemDetail badRequest(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "invalid fields: " + errors.stream().map(FieldProblem::field).distinct()
                        .collect(Collectors.joining(", ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message",
                e.message() == null ? "invalid value" : e.message())).toList());
        return problem;
    }

    record FieldProblem(String field, String message) {
    }
}
