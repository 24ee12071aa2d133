package org.supportdesk.customer;

import java.util.List;

/** A directory import with bad lines: nothing was written; each problem names its line and column. */
public class CustomerImportException extends RuntimeException {

    public record LineError(int line, String column, String message) {
    }

    private final List<LineError> errors;

    public CustomerImportException(List<LineError> errors) {
        super(errors.size() + " line(s) could not be imported");
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
