package org.supportdesk.competency;

import org.supportdesk.vocabulary.Category;

/** Where a category leaves an appeal: with support, rejected as out of scope, or with sales. */
enum Scope {
    IN_SCOPE, OUT_OF_SCOPE, MANAGED_SERVICES;

    static Scope of(Category category) {
        return switch (category) {
            case SOFTWARE_DEVELOPMENT, CODE_DEBUGGING, THIRD_PARTY_CONSULTING -> OUT_OF_SCOPE;
            case MANAGED_SERVICES -> MANAGED_SERVICES;
            default -> IN_SCOPE;
        };
    }
}
