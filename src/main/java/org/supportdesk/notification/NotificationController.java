package org.supportdesk.notification;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.appeal.InvalidRequestException;

/**
 * {@code POST /api/notifications} (duty engineers, a monitoring integration) starts a
 * notification; {@code GET /api/notifications/{number}} shows it with acknowledgements and updates.
 */
@RestController
class NotificationController {

    private final Notifications notifications;
    private final NotificationRepository repository;

    NotificationController(Notifications notifications, NotificationRepository repository) {
        this.notifications = notifications;
        this.repository = repository;
    }

    record NotificationBody(@NotNull NotificationType type, @Size(max = 200) String service,
                            @Size(max = 50) String region,
                            @Size(max = 200) List<@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,200}") String> projects,
                            @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 8000) String details,
                            @Size(max = 8000) String recommendations) {
    }

    record Filed(String number, ServiceNotification.Status status) {
    }

    record NotificationView(String number, NotificationType type, String service, String region,
                            List<String> projects, String title, String details, String recommendations,
                            ServiceNotification.Status status, String reportedBy, String approvedBy,
                            Instant createdAt, Instant sentAt, Instant resolvedAt, long recipients,
                            long acknowledged, List<NotificationRepository.Update> updates,
                            List<String> linkedAppeals) {
    }

    @PostMapping(path = "/api/notifications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Filed> file(@Valid @RequestBody NotificationBody body, Authentication authentication) {
        List<String> projects = body.projects() == null ? List.of() : body.projects().stream().distinct().toList();
        if (projects.isEmpty() && (body.region() == null || body.region().isBlank())) {
            throw new InvalidRequestException("projects", "name the projects, or the region whose owners to tell");
        }
        ServiceNotification filed = notifications.file(new Notifications.Filing(body.type(), body.service(),
                body.region() == null ? null : body.region().strip(), projects, body.title().strip(),
                body.details().strip(), body.recommendations(), authentication.getName()));
        return ResponseEntity.created(URI.create("/api/notifications/" + filed.number()))
                .body(new Filed(filed.number(), filed.status()));
    }

    record LinkBody(@NotBlank @Size(max = 32) String appealNumber) {
    }

    /** An agent links a customer's appeal about this event; it is answered with the notice and its updates. */
    @PostMapping(path = "/api/notifications/{number}/appeals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> linkAppeal(@PathVariable String number, @Valid @RequestBody LinkBody body,
                                    Authentication authentication) {
        boolean linked = notifications.linkAppeal(number, body.appealNumber().strip(), authentication.getName());
        return linked ? ResponseEntity.status(201).build() : ResponseEntity.noContent().build();
    }

    @GetMapping("/api/notifications/{number}")
    NotificationView show(@PathVariable String number) {
        ServiceNotification n = repository.get(number);
        NotificationRepository.Counts counts = repository.counts(n.id());
        return new NotificationView(n.number(), n.type(), n.service(), n.region(), n.projects(), n.title(),
                n.details(), n.recommendations(), n.status(), n.reportedBy(), n.approvedBy(), n.createdAt(),
                n.sentAt(), n.resolvedAt(), counts.recipients(), counts.acknowledged(), repository.updates(n.id()),
                repository.linkedAppeals(n.id()));
    }
}
