package org.supportdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL server the benchmark runs on; every run starts from fresh databases of its own. */
record BenchDatabase(String host, int port, String user) {

    static BenchDatabase fromEnvironment() {
        return new BenchDatabase(env("BENCH_DB_HOST", "127.0.0.1"), Integer.parseInt(env("BENCH_DB_PORT", "5432")),
                env("BENCH_DB_USER", "postgres"));
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    void recreate(String database) {
        drop(database);
        execute("CREATE DATABASE " + database);
    }

    void drop(String database) {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    void limitStatements(String database, java.time.Duration limit) {
        execute("ALTER DATABASE " + database + " SET statement_timeout = '" + limit.toSeconds() + "s'");
    }

    void vacuumAnalyze(String database) {
        execute(database, "VACUUM ANALYZE");
    }

    long count(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), user, "");
             java.sql.ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        execute("postgres", sql);
    }

    private void execute(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
