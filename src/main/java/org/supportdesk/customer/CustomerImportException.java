package org.supportdesk.customer;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/**
 * A directory import with bad lines: nothing was written; answered 400, each problem naming its line
 * and column in {@code errors}.
 */
public class CustomerImportException extends RefusedRequestException {

    public record LineError(int line, String column, String message) {
    }

    public CustomerImportException(List<LineError> errors) {
        super(HttpStatus.BAD_REQUEST, errors.size() + " line(s) could not be imported",
                errors.size() + " line(s) could not be imported; nothing was imported");
        getBody().setProperty("errors", errors.stream().map(e -> Map.of("field",
                "line " + e.line() + ": " + e.column(), "message", e.message())).toList());
    }
}
