package org.supportdesk.appeal;

import java.time.Instant;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Priority;

/** Answer to intake (contract): the token is shown here once and never again. */
record AppealCreated(String number, String accessToken, AppealStatus status, Priority priority, Category category,
                     Instant firstResponseDueAt, Instant resolutionDueAt, String rejectionReason) {

    static AppealCreated of(IntakeResult result) {
        Appeal a = result.appeal();
        return new AppealCreated(a.number(), result.accessToken(), a.status(), a.priority(), a.category(),
                a.firstResponseDueAt(), a.resolutionDueAt(),
                a.status() == AppealStatus.REJECTED ? a.rejectionReason() : null);
    }
}
