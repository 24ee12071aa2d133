package org.supportdesk.customer;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory API: {@code POST /api/customers/import} (CSV, administrators) and
 * {@code GET /api/customers/{login}} (staff).
 */
@RestController
class CustomerController {

    private final CustomerImport importer;
    private final CustomerDirectory directory;

    CustomerController(CustomerImport importer, CustomerDirectory directory) {
        this.importer = importer;
        this.directory = directory;
    }

    @PostMapping(path = "/api/customers/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    CustomerImport.Result importCsv(@RequestBody String csv) {
        return importer.importCsv(csv);
    }

    record CustomerView(String login, String company, String language, List<CustomerDirectory.Project> projects) {
    }

    @GetMapping("/api/customers/{login}")
    CustomerView show(@PathVariable String login) {
        CustomerDirectory.Customer customer = directory.customer(login)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
                        "no customer " + login));
        return new CustomerView(customer.login(), customer.company(), customer.language().name(),
                directory.projects(customer.id()));
    }
}
