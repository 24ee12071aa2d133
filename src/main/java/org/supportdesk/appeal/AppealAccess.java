package org.supportdesk.appeal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.supportdesk.security.StaffGroups;

/**
 * Who may read or write an appeal: its customer with the token, or staff. A token that does not
 * match answers exactly like an unknown number.
 */
@Component
class AppealAccess {

    private final AppealRepository appeals;

    AppealAccess(AppealRepository appeals) {
        this.appeals = appeals;
    }

    Caller check(String number, String token, Authentication authentication) {
        if (token != null) {
            Appeal appeal = appeals.findByNumber(number)
                    .filter(a -> AccessTokens.matches(token, a.accessTokenHash()))
                    .orElseThrow(() -> new AppealNotFoundException(number));
            return new Caller(appeal, false, null);
        }
        if (!isAuthenticated(authentication)) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "the appeal token (X-Appeal-Token) or a staff login is required");
        }
        if (!StaffGroups.isStaff(authentication)) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        return new Caller(appeals.getByNumber(number), true, authentication.getName());
    }

    static boolean isAuthenticated(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    record Caller(Appeal appeal, boolean staff, String user) {
    }
}
