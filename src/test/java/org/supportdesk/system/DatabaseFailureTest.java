package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseFailureTest {

    @Test
    void aServerThatIsAwayIsUnavailableHoweverDeeplyWrapped() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseFailure.of(new ProcessEngineException("ENGINE-03004", new RuntimeException(shutdown))))
                .isEqualTo(DatabaseFailure.UNAVAILABLE);
        assertThat(DatabaseFailure.of(new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
                .isEqualTo(DatabaseFailure.UNAVAILABLE);
        assertThat(DatabaseFailure.of(new SQLException("I/O error", "08006"))).isEqualTo(DatabaseFailure.UNAVAILABLE);
        assertThat(DatabaseFailure.of(new SQLException("too many clients", "53300"))).isEqualTo(DatabaseFailure.UNAVAILABLE);
    }

    @Test
    void aRollbackOnABrokenConnectionIsUnavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(DatabaseFailure.of(rollback)).isEqualTo(DatabaseFailure.UNAVAILABLE);
        assertThat(DatabaseFailure.transientFailure(rollback)).isTrue();
    }

    @Test
    void timeoutsAndLocksAreBusy() {
        assertThat(DatabaseFailure.of(new SQLException("canceling statement due to statement timeout", "57014")))
                .isEqualTo(DatabaseFailure.BUSY);
        assertThat(DatabaseFailure.of(new SQLException("Timeout trying to lock table", "HYT00")))
                .isEqualTo(DatabaseFailure.BUSY);
    }

    @Test
    void refusedValuesAndConstraintsAreTheClientsOrAConflict() {
        assertThat(DatabaseFailure.of(new DataIntegrityViolationException("x",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))))
                .isEqualTo(DatabaseFailure.BAD_VALUE);
        assertThat(DatabaseFailure.of(new SQLException("value too long", "22001"))).isEqualTo(DatabaseFailure.BAD_VALUE);
        assertThat(DatabaseFailure.of(new SQLException("null value in column", "23502"))).isEqualTo(DatabaseFailure.BAD_VALUE);
        assertThat(DatabaseFailure.of(new SQLException("duplicate key", "23505"))).isEqualTo(DatabaseFailure.CONFLICT);
        assertThat(DatabaseFailure.transientFailure(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void failuresWithoutTheDatabaseAreNotItsConcern() {
        assertThat(DatabaseFailure.of(new IllegalStateException("a bug"))).isNull();
        assertThat(DatabaseFailure.of(new SQLException("syntax error", "42601"))).isNull();
    }
}
