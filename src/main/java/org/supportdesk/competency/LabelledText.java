package org.supportdesk.competency;

import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Language;

/**
 * One example of the competency corpus: what a customer wrote, the category it belongs to, where it
 * stands (file and line) and its group: texts of one group (a translation, a rewording of one request)
 * are held out together by the evaluation, so a text is never judged by a model that learnt its
 * twin. A text without a group is a group of its own.
 */
public record LabelledText(Category category, String text, String source, String group) {

    public LabelledText(Category category, String text, String source) {
        this(category, text, source, null);
    }

    /** The key the evaluation folds by: the group within the category, else the text's own place. */
    String foldKey() {
        return group == null ? source : category.name() + '/' + group;
    }

    public Language language() {
        return Language.of(text);
    }
}
