package org.supportdesk.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.vocabulary.Channel;

/**
 * Staff see what could not be delivered ({@code GET /api/staff/outbox?status=FAILED}) and send it
 * again once the cause is fixed ({@code POST /api/staff/outbox/{id}/retry}).
 */
@RestController
class OutboxController {

    private static final int MAX_LIMIT = 200;

    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxController(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The list leaves out the text: it may be long, and the appeal shows it. */
    record DeliveryView(long id, String appealNumber, Channel channel, String recipient, String kind,
                        OutboxEntry.Status status, int attempts, String lastError, Instant createdAt,
                        Instant nextAttemptAt, Instant sentAt) {

        static DeliveryView of(OutboxEntry entry) {
            return new DeliveryView(entry.id(), entry.reference(), entry.channel(), entry.recipient(),
                    entry.kind().name(), entry.status(), entry.attempts(), entry.lastError(), entry.createdAt(),
                    entry.status() == OutboxEntry.Status.PENDING ? entry.nextAttemptAt() : null, entry.sentAt());
        }
    }

    @GetMapping("/api/staff/outbox")
    List<DeliveryView> list(@RequestParam(defaultValue = "FAILED") String status,
                            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "between 1 and " + MAX_LIMIT);
        }
        OutboxEntry.Status wanted;
        try {
            wanted = OutboxEntry.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "one of PENDING, SENDING, SENT, FAILED");
        }
        return outbox.list(wanted, limit).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/api/staff/outbox/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable long id) {
        if (outbox.find(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such delivery");
        }
        if (!outbox.retry(id, clock.instant())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "only a failed delivery can be sent again");
        }
    }
}
