package org.supportdesk.managedservices;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Active Managed Services contracts: their holders get priority support. */
@Repository
public class ManagedServicesContracts {

    private final JdbcClient jdbc;

    ManagedServicesContracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasActiveContract(String login, LocalDate on) {
        if (login == null || login.isBlank()) {
            return false;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM managed_services_contract
                WHERE login = :login AND starts_on <= :on AND (ends_on IS NULL OR ends_on >= :on)""")
                .param("login", login).param("on", on)
                .query(Integer.class).single() > 0;
    }
}
