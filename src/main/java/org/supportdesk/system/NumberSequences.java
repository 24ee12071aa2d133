package org.supportdesk.system;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** The next value of a database sequence, in PostgreSQL's dialect or H2's (the tests run on both). */
@Component
public class NumberSequences {

    private final JdbcClient jdbc;
    private final boolean postgres;

    NumberSequences(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = JdbcUtils.<String>extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
                .toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** {@code sequence} is a name from our migrations, never input. */
    public long next(String sequence) {
        return jdbc.sql(postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence)
                .query(Long.class).single();
    }
}
