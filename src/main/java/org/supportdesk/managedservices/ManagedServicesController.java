package org.supportdesk.managedservices;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.security.AccessModel;
import org.supportdesk.security.RecordAccess;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/**
 * The sales API: {@code POST /api/managed-services/requests} files a cost request,
 * {@code GET .../{number}} shows its status, quote and onboarding, {@code GET .../{number}/quote.pdf}
 * the quote, {@code POST .../{number}/decision} records the customer's answer.
 */
@RestController
@RequestMapping("/api/managed-services/requests")
class ManagedServicesController {

    /** The processes a request's tasks run in: the request itself and its onboardings. */
    private static final List<String> PROCESSES = Stream.concat(Stream.of(AccessModel.COST_REQUEST),
            AccessModel.ONBOARDINGS.stream()).toList();

    private final CostRequests costRequests;
    private final CostRequestRepository requests;
    private final RecordAccess access;

    ManagedServicesController(CostRequests costRequests, CostRequestRepository requests, RecordAccess access) {
        this.costRequests = costRequests;
        this.requests = requests;
        this.access = access;
    }

    /**
     * The request, when the caller may see it: they filed it, their groups work on every task of its
     * processes, or Camunda shows them one of its open tasks (as the workspace's Cost request tab).
     * Otherwise it answers as an unknown number does (404).
     */
    private CostRequest readable(String number, Authentication caller) {
        CostRequest request = requests.getByNumber(number);
        if (!caller.getName().equals(request.origin().createdBy()) && !access.mayRead(caller, PROCESSES, number)) {
            throw new CostRequestNotFoundException(number);
        }
        return request;
    }

    record EnvironmentBody(@Min(0) @Max(100000) int vms, @Min(0) @Max(1000000) int vcpu,
                           @Min(0) @Max(10000000) int ramGb,
                           @DecimalMin("0") @DecimalMax("1000000") BigDecimal storageTb,
                           @Min(0) @Max(100000) int databases, @Min(0) @Max(10000) int k8sClusters) {
    }

    record FilingBody(@NotBlank @Size(max = 200) String company,
                      @NotBlank @Size(max = 200) String contactName,
                      @NotBlank @Email @Size(max = 320) String contactEmail,
                      @NotBlank @Size(max = 100) String login,
                      @NotEmpty @Size(max = 12) List<@NotNull ManagedService> services,
                      @NotNull @Valid EnvironmentBody environment,
                      LocalDate desiredStart,
                      @Size(max = 4000) String notes,
                      Language language) {
    }

    record DecisionBody(@NotNull Boolean accepted, @Size(max = 2000) String refusalReason, LocalDate contractStart) {
    }

    record Filed(String number, CostRequestStatus status) {
    }

    record QuoteView(BigDecimal discountPercent, BigDecimal oneOffTotal, BigDecimal monthlyTotal,
                     LocalDate validUntil, List<QuoteLine> lines, String document) {
    }

    record RequestView(String number, CostRequestStatus status, String company, String contactName,
                       String contactEmail, String login, List<ManagedService> services,
                       CostRequest.Environment environment, LocalDate desiredStart, String sourceAppealNumber,
                       String declineReason, String refusalReason, Instant createdAt, QuoteView quote,
                       List<CostRequestRepository.OnboardingStep> onboarding) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Filed> file(@Valid @RequestBody FilingBody body, Authentication authentication) {
        EnvironmentBody env = body.environment();
        CostRequest filed = costRequests.file(new CostRequests.Filing(
                new CostRequest.Customer(body.company().strip(), body.contactName().strip(),
                        body.contactEmail().strip(), body.login().strip(),
                        body.language() == null ? Language.of(body.company(), body.notes()) : body.language()),
                new CostRequest.Requirements(body.services().stream().distinct().toList(),
                        new CostRequest.Environment(env.vms(), env.vcpu(), env.ramGb(),
                                env.storageTb() == null ? BigDecimal.ZERO : env.storageTb(), env.databases(),
                                env.k8sClusters()),
                        body.desiredStart(), body.notes()),
                null, authentication.getName()));
        return ResponseEntity.created(URI.create("/api/managed-services/requests/" + filed.number()))
                .body(new Filed(filed.number(), filed.status()));
    }

    @GetMapping("/{number}")
    RequestView show(@PathVariable String number, Authentication authentication) {
        CostRequest request = readable(number, authentication);
        CostRequest.QuoteTerms terms = request.quote();
        QuoteView quote = terms == null ? null : new QuoteView(terms.discountPercent(), terms.oneOffTotal(),
                terms.monthlyTotal(), terms.validUntil(), requests.quoteLines(request.id()),
                terms.issuedAt() == null ? null : "/api/managed-services/requests/" + number + "/quote.pdf");
        CostRequest.Customer customer = request.customer();
        CostRequest.Requirements wanted = request.requirements();
        return new RequestView(request.number(), request.status(), customer.company(), customer.contactName(),
                customer.contactEmail(), customer.login(), wanted.services(), wanted.environment(),
                wanted.desiredStart(), request.origin().sourceAppealNumber(), request.outcome().declineReason(),
                request.outcome().refusalReason(), request.origin().createdAt(), quote,
                requests.onboardingSteps(request.id()));
    }

    @GetMapping("/{number}/quote.pdf")
    ResponseEntity<byte[]> quote(@PathVariable String number, Authentication authentication) {
        CostRequest request = readable(number, authentication);
        CostRequestRepository.QuoteDocument document = requests.quoteDocument(request.id())
                .orElseThrow(() -> new CostRequestNotFoundException(number + " (no quote issued yet)"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    @PostMapping(path = "/{number}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Filed decide(@PathVariable String number, @Valid @RequestBody DecisionBody body, Authentication authentication) {
        readable(number, authentication);
        CostRequest decided = costRequests.recordDecision(number, body.accepted(), body.refusalReason(),
                body.contractStart());
        return new Filed(decided.number(), decided.status());
    }
}
