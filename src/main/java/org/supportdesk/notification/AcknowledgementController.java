package org.supportdesk.notification;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import java.util.Map;
import java.util.Optional;

/**
 * The acknowledgement link of a notice. Opening it only shows a button: link previews and mail
 * scanners open links too, and must not confirm for the owner. The button posts the token.
 */
@RestController
class AcknowledgementController {

    private final Notifications notifications;

    AcknowledgementController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping(path = "/notifications/ack", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirmPage(@RequestParam(required = false) String token) {
        String safe = HtmlUtils.htmlEscape(token == null ? "" : token);
        return page(HttpStatus.OK, """
                <h1>Подтверждение получения / Acknowledgement</h1>
                <p>Подтвердите, что вы получили уведомление службы поддержки.<br>
                Please confirm that you have received the support team's notice.</p>
                <form method="post" action="/notifications/ack">
                  <input type="hidden" name="token" value="%s">
                  <button type="submit">Подтверждаю / I confirm</button>
                </form>""".formatted(safe));
    }

    /**
     * The button's post. A browser (it asks for HTML) gets a page; anything else gets the API's
     * answer, problem details when the link is not valid.
     */
    @PostMapping(path = "/notifications/ack", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> acknowledge(@RequestParam(required = false) String token,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        Optional<String> acknowledged = notifications.acknowledge(token);
        if (!browser) {
            return acknowledged.<ResponseEntity<?>>map(number -> ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON).body(Map.of("notification", number)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                                    "the acknowledgement link is not valid")));
        }
        return acknowledged
                .map(number -> page(HttpStatus.OK, """
                        <h1>Спасибо / Thank you</h1>
                        <p>Получение уведомления %s подтверждено. / Notice %s is acknowledged.</p>"""
                        .formatted(number, number)))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, """
                        <h1>Ссылка недействительна / Link not valid</h1>
                        <p>Проверьте ссылку из уведомления. / Please check the link in the notice.</p>"""));
    }

    private static ResponseEntity<String> page(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Support</title></head>"
                        + "<body>" + body + "</body></html>");
    }
}
