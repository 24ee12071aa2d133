package org.supportdesk.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A few demo customers, projects and owners for the embedded profile (with its demo users). */
@Component
class DemoCustomers {

    private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

    private final CustomerImport importer;
    private final JdbcClient jdbc;
    private final boolean demo;

    DemoCustomers(CustomerImport importer, JdbcClient jdbc, @Value("${supportdesk.demo-users:false}") boolean demo) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!demo || jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single() > 0) {
            return;
        }
        try (InputStream in = DemoCustomers.class.getResourceAsStream("/demo/customers.csv")) {
            CustomerImport.Result result = importer.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            log.info("Demo customer directory loaded: {} customers, {} projects", result.customers(),
                    result.projects());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
