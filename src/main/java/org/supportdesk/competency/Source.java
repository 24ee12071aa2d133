package org.supportdesk.competency;

/** Where the category of a competency decision came from. */
public enum Source {
    /** given with the appeal (a channel or an integration) or chosen by an agent */
    GIVEN,
    /** a phrase rule of request-category.dmn matched */
    RULE,
    /** the classifier trained on the corpus; the competency decision weighs its confidence */
    MODEL
}
