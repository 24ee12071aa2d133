package org.supportdesk.channel.webform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The feedback form is a static page under {@code static/feedback/}. Spring serves an
 * {@code index.html} by itself only at the root, so the folder's address shows it here, and the
 * address without the slash redirects to the folder (the page's relative links then resolve
 * inside it).
 */
@Controller
class FeedbackFormController {

    @GetMapping("/feedback")
    String redirectToFolder() {
        return "redirect:/feedback/";
    }

    @GetMapping("/feedback/")
    String form() {
        return "forward:/feedback/index.html";
    }
}
