package org.supportdesk.system;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for how this desk uses it; created once the engine has created
 * or updated its own tables (Flyway's migrations may run before that, on an empty database).
 * Measured with the benchmark (README, Performance):
 * <ul>
 * <li>job acquisition (timers, ordered by due date): with 15,000 open appeals the acquisition
 * query scanned every job, 9.6 ms each time the job executor looked; with the index 0.07 ms;</li>
 * <li>the queues sorted by deadline ({@code orderByDueDate}) read tasks in due-date order;</li>
 * <li>PostgreSQL only: statistics on the permission bits the task queries test
 * ({@code PERMS_ & 2}, {@code PERMS_ & 64}). Without them the planner guessed 73 matching
 * authorizations where there were 14,665 (one per open task) and, once the table had been
 * analyzed, joined every task with every authorization: the first page of the support queue took
 * 24 s at 14,665 open tasks instead of 0.2 s.</li>
 * </ul>
 */
@Component
class EngineIndexes implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    static final List<String> STATEMENTS = List.of(
            "CREATE INDEX IF NOT EXISTS SD_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)",
            "CREATE INDEX IF NOT EXISTS SD_IDX_TASK_DUE_FOLLOW_UP ON ACT_RU_TASK (DUE_DATE_, FOLLOW_UP_DATE_)");

    static final List<String> POSTGRES_STATEMENTS = List.of(
            "CREATE STATISTICS IF NOT EXISTS SD_STAT_AUTHORIZATION_PERMS ON (PERMS_ & 2), (PERMS_ & 64)"
                    + " FROM ACT_RU_AUTHORIZATION",
            "ANALYZE ACT_RU_AUTHORIZATION");

    private final JdbcTemplate jdbc;

    // the engine parameter orders this after the engine's schema creation
    EngineIndexes(JdbcTemplate jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String statement : STATEMENTS) {
            jdbc.execute(statement);
        }
        if (postgres()) {
            POSTGRES_STATEMENTS.forEach(jdbc::execute);
        }
        LOG.debug("Engine indexes present: {}", STATEMENTS.size());
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
                "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                        && connection.getMetaData().getDatabaseMajorVersion() >= 14));
    }
}
