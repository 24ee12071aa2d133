package org.supportdesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The next value of a database sequence, in PostgreSQL's dialect or H2's (the tests run on both). */
@Component
public class NumberSequences {

    private final JdbcClient jdbc;
    private final boolean postgres;

    NumberSequences(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database type", e);
        }
    }

    /** {@code sequence} is a name from our migrations, never input. */
    public long next(String sequence) {
        return jdbc.sql(postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence)
                .query(Long.class).single();
    }
}
