package org.supportdesk.customer;

import static org.supportdesk.system.SqlTime.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/** Customers, their projects and the contacts who own them. */
@Repository
public class CustomerDirectory {

    private final JdbcClient jdbc;

    CustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Customer(long id, String login, String company, Language language) {
    }

    public record Project(long id, String code, long customerId, String name, String region) {
    }

    /** Someone to tell: the project owner's preferred channel and address, in their language. */
    public record Recipient(long contactId, String login, String projectCode, String name, Channel channel,
                            String address, Language language) {
    }

    public Optional<Customer> customer(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, login, company, language FROM customer WHERE login = :login")
                .param("login", login.strip())
                .query((rs, row) -> new Customer(rs.getLong("id"), rs.getString("login"), rs.getString("company"),
                        Language.valueOf(rs.getString("language"))))
                .optional();
    }

    /** A customer's project by its code or its name, as customers write it. */
    public Optional<Project> project(long customerId, String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT * FROM project WHERE customer_id = :customerId
                  AND (LOWER(code) = LOWER(:value) OR LOWER(name) = LOWER(:value))
                ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .param("customerId", customerId).param("value", codeOrName.strip())
                .query((rs, row) -> new Project(rs.getLong("id"), rs.getString("code"), rs.getLong("customer_id"),
                        rs.getString("name"), rs.getString("region")))
                .optional();
    }

    /** The name of the directory's contact with this address (mail, chat, peer or page-scoped id), if any. */
    public Optional<String> contactName(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT name FROM customer_contact WHERE LOWER(address) = LOWER(:address)
                ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .param("address", address.strip()).query(String.class).optional();
    }

    public List<Project> projects(long customerId) {
        return jdbc.sql("SELECT * FROM project WHERE customer_id = :customerId ORDER BY code")
                .param("customerId", customerId)
                .query((rs, row) -> new Project(rs.getLong("id"), rs.getString("code"), rs.getLong("customer_id"),
                        rs.getString("name"), rs.getString("region")))
                .list();
    }

    /** The owners of these projects, each contact once. */
    public List<Recipient> ownersOfProjects(List<String> projectCodes) {
        if (projectCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RECIPIENTS + " WHERE p.code IN (:codes) ORDER BY c.id, p.code")
                .param("codes", projectCodes).query(CustomerDirectory::recipient).list()
                .stream().filter(distinctContacts()).toList();
    }

    /** The owners of every project in a region, each contact once. */
    public List<Recipient> ownersInRegion(String region) {
        return jdbc.sql(RECIPIENTS + " WHERE LOWER(p.region) = LOWER(:region) ORDER BY c.id, p.code")
                .param("region", region).query(CustomerDirectory::recipient).list()
                .stream().filter(distinctContacts()).toList();
    }

    private static final String RECIPIENTS = """
            SELECT c.id AS contact_id, cu.login, p.code, c.name, c.preferred_channel, c.address,
                   COALESCE(c.language, cu.language) AS language
            FROM project_owner o
            JOIN project p ON p.id = o.project_id
            JOIN customer_contact c ON c.id = o.contact_id
            JOIN customer cu ON cu.id = c.customer_id""";

    private static java.util.function.Predicate<Recipient> distinctContacts() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return recipient -> seen.add(recipient.contactId());
    }

    private static Recipient recipient(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recipient(rs.getLong("contact_id"), rs.getString("login"), rs.getString("code"),
                rs.getString("name"), Channel.valueOf(rs.getString("preferred_channel")), rs.getString("address"),
                Language.valueOf(rs.getString("language")));
    }

    /** Writes one import line: customer, project and contact are created or updated by their natural keys. */
    void upsert(DirectoryEntry entry, Instant at) {
        long customerId = customer(entry.login()).map(existing -> {
            jdbc.sql("UPDATE customer SET company = COALESCE(:company, company), language = :language WHERE id = :id")
                    .param("company", entry.company()).param("language", entry.language().name())
                    .param("id", existing.id()).update();
            return existing.id();
        }).orElseGet(() -> {
            jdbc.sql("INSERT INTO customer (login, company, language, created_at) VALUES (:login, :company, :language, :at)")
                    .param("login", entry.login()).param("company", entry.company())
                    .param("language", entry.language().name())
                    .param("at", utc(at)).update();
            return customer(entry.login()).orElseThrow().id();
        });
        Long projectId = null;
        if (entry.projectCode() != null) {
            projectId = jdbc.sql("SELECT id FROM project WHERE code = :code").param("code", entry.projectCode())
                    .query(Long.class).optional().orElse(null);
            if (projectId == null) {
                jdbc.sql("""
                        INSERT INTO project (code, customer_id, name, region)
                        VALUES (:code, :customerId, :name, :region)""")
                        .param("code", entry.projectCode()).param("customerId", customerId)
                        .param("name", entry.projectName()).param("region", entry.region()).update();
                projectId = jdbc.sql("SELECT id FROM project WHERE code = :code").param("code", entry.projectCode())
                        .query(Long.class).single();
            } else {
                jdbc.sql("""
                        UPDATE project SET name = COALESCE(:name, name), region = :region
                        WHERE id = :id AND customer_id = :customerId""")
                        .param("name", entry.projectName()).param("region", entry.region()).param("id", projectId)
                        .param("customerId", customerId).update();
            }
        }
        Long contactId = jdbc.sql("""
                SELECT id FROM customer_contact
                WHERE customer_id = :customerId AND preferred_channel = :channel AND address = :address""")
                .param("customerId", customerId).param("channel", entry.channel().name())
                .param("address", entry.address()).query(Long.class).optional().orElse(null);
        if (contactId == null) {
            jdbc.sql("""
                    INSERT INTO customer_contact (customer_id, name, preferred_channel, address, language)
                    VALUES (:customerId, :name, :channel, :address, :language)""")
                    .param("customerId", customerId).param("name", entry.contactName())
                    .param("channel", entry.channel().name()).param("address", entry.address())
                    .param("language", entry.language().name()).update();
            contactId = jdbc.sql("""
                    SELECT id FROM customer_contact
                    WHERE customer_id = :customerId AND preferred_channel = :channel AND address = :address""")
                    .param("customerId", customerId).param("channel", entry.channel().name())
                    .param("address", entry.address()).query(Long.class).single();
        } else {
            jdbc.sql("UPDATE customer_contact SET name = :name WHERE id = :id")
                    .param("name", entry.contactName()).param("id", contactId).update();
        }
        if (projectId != null && entry.owner()) {
            boolean linked = jdbc.sql("SELECT COUNT(*) FROM project_owner WHERE project_id = :p AND contact_id = :c")
                    .param("p", projectId).param("c", contactId).query(Long.class).single() > 0;
            if (!linked) {
                jdbc.sql("INSERT INTO project_owner (project_id, contact_id) VALUES (:p, :c)")
                        .param("p", projectId).param("c", contactId).update();
            }
        }
    }

    /** The project belongs to another customer: an import may not move it. */
    boolean projectOfAnotherCustomer(String projectCode, String login) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM project p JOIN customer c ON c.id = p.customer_id
                WHERE p.code = :code AND c.login <> :login""")
                .param("code", projectCode).param("login", login).query(Long.class).single() > 0;
    }
}
