package org.supportdesk.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a failure that reached the edge says about the database, read from the whole cause chain:
 * the engine wraps the driver's exception in its own (MyBatis in between), Spring translates it,
 * the pool reports a timeout as {@link SQLTransientConnectionException}. Classified by SQLSTATE
 * where there is one, so PostgreSQL and H2 answer alike.
 */
public enum DatabaseFailure {

    /** Down, unreachable, shutting down or out of connections: 503, try again later. */
    UNAVAILABLE,
    /** Up, but a lock or statement timeout ran out: 503, try again later. */
    BUSY,
    /** A value the database refuses (too long, NUL, out of range): 400, nothing was written. */
    BAD_VALUE,
    /** A unique or foreign key constraint refused the write: 409. */
    CONFLICT;

    private static final int MAX_DEPTH = 30;

    /** The database's part in this failure, or null when the database had none. */
    public static DatabaseFailure of(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        DatabaseFailure found = null;
        int depth = 0;
        for (Throwable t = error; t != null && depth < MAX_DEPTH && seen.add(t); t = t.getCause(), depth++) {
            Throwable next = t instanceof SQLException sql ? sql.getNextException() : null;
            for (DatabaseFailure kind : new DatabaseFailure[] {ofOne(t), next == null ? null : ofOne(next)}) {
                // the outermost connection failure wins over a value problem reported on the way down
                if (kind == UNAVAILABLE) {
                    return UNAVAILABLE;
                }
                if (kind != null && found == null) {
                    found = kind;
                }
            }
        }
        return found;
    }

    /** Down or busy: the caller should try again later (503 with Retry-After). */
    public static boolean transientFailure(Throwable error) {
        DatabaseFailure kind = of(error);
        return kind == UNAVAILABLE || kind == BUSY;
    }

    private static DatabaseFailure ofOne(Throwable t) {
        if (t instanceof TransactionSystemException transaction) {
            // a rollback or commit that failed on its connection hides the failure that started it
            DatabaseFailure original = transaction.getOriginalException() == null ? null
                    : of(transaction.getOriginalException());
            if (original != null) {
                return original;
            }
            if (transaction.getCause() instanceof SQLException) {
                return UNAVAILABLE;
            }
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof DataAccessResourceFailureException
                || t instanceof CannotCreateTransactionException) {
            return UNAVAILABLE;
        }
        if (t instanceof SQLTimeoutException || t instanceof QueryTimeoutException
                || t instanceof CannotAcquireLockException || t instanceof PessimisticLockingFailureException) {
            return BUSY;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return ofState(sql.getSQLState(), sql.getErrorCode());
        }
        return null;
    }

    private static final Map<String, DatabaseFailure> H2_STATES = Map.of(
            // H2: lock timeout, database closed, connection broken
            "HYT00", BUSY, "90098", UNAVAILABLE, "90067", UNAVAILABLE, "90121", UNAVAILABLE);

    static DatabaseFailure ofState(String state, int errorCode) {
        if (H2_STATES.containsKey(state)) {
            return H2_STATES.get(state);
        }
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
            // connection exception; insufficient resources (too many connections); admin/crash shutdown
            return UNAVAILABLE;
        }
        if (state.equals("57014") || state.equals("55P03") || state.equals("40P01") || state.equals("40001")) {
            // statement timeout; lock not available; deadlock; serialization failure
            return BUSY;
        }
        if (state.startsWith("22") || state.equals("23502")) {
            // data exception; a required value missing (not-null violation)
            return BAD_VALUE;
        }
        if (state.startsWith("23")) {
            return CONFLICT;
        }
        return null;
    }
}
