package org.supportdesk.competency;

import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

/** The competency decision for one appeal, with the customer-facing reply in both languages. */
public record CompetencyDecision(Category category, Handling handling, boolean inScope, String reasonCode,
                                 String replyEn, String replyRu) {

    /** The reply in the customer's language with the appeal number filled in, or null when none. */
    public String reply(Language language, String appealNumber) {
        String template = language == Language.RU ? replyRu : replyEn;
        return template == null || template.isBlank() ? null : template.replace("{number}", appealNumber);
    }
}
