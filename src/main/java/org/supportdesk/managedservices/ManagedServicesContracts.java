package org.supportdesk.managedservices;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.vocabulary.ManagedService;

/** Active Managed Services contracts: their holders get priority support. */
@Repository
public class ManagedServicesContracts {

    private final JdbcClient jdbc;

    ManagedServicesContracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One contract: who holds it, what it covers, from when to when (no end: open-ended). */
    public record Contract(String login, String company, List<ManagedService> services, LocalDate startsOn,
                           LocalDate endsOn, String requestNumber) {

        public boolean activeOn(LocalDate day) {
            return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
        }
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

    /** The customer's contracts, newest first: active, future and ended ones. */
    public List<Contract> contractsOf(String login) {
        if (login == null || login.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.login, c.company, c.services, c.starts_on, c.ends_on, r.request_number
                FROM managed_services_contract c LEFT JOIN ms_request r ON r.id = c.request_id
                WHERE c.login = :login ORDER BY c.starts_on DESC, c.id DESC""")
                .param("login", login.strip())
                .query((rs, row) -> new Contract(rs.getString("login"), rs.getString("company"),
                        CostRequestRepository.services(rs.getString("services")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getString("request_number")))
                .list();
    }
}
