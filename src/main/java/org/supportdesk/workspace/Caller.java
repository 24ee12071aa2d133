package org.supportdesk.workspace;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.supportdesk.security.StaffGroups;

/**
 * Who calls the workspace API: the user and their Camunda groups, as the security filter chain
 * established them (HTTP Basic or the Tasklist login).
 *
 * @param writes whether they may write to customers and read any appeal: the support groups
 *               ({@link StaffGroups#STAFF}); others (sales) see the appeals of their own tasks only
 */
public record Caller(String user, List<String> groups, boolean writes) {

    static Caller of(Authentication authentication) {
        List<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(StaffGroups.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(StaffGroups.AUTHORITY_PREFIX.length()))
                .toList();
        return new Caller(authentication.getName(), groups, StaffGroups.isStaff(authentication));
    }
}
