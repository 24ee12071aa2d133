package org.supportdesk.competency;

import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

/** One example of the competency corpus: what a customer wrote and the category it belongs to. */
public record LabelledText(Category category, String text, String source) {

    public Language language() {
        return Language.of(text);
    }
}
