package org.supportdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The Camunda groups of the contract and how they appear as Spring Security authorities.
 * Camunda's identity service is the only user store, so a group id is all a feature needs to
 * decide who may do what.
 */
public final class StaffGroups {

    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String SUPPORT_L1 = "support-l1";
    public static final String SUPPORT_L2 = "support-l2";
    public static final String SUPPORT_LEADS = "support-leads";
    public static final String SUPPORT_MANAGEMENT = "support-management";
    public static final String SALES = "sales";
    public static final String MANAGED_SERVICES = "managed-services";
    public static final String SALES_LEADS = "sales-leads";
    public static final String DUTY_ENGINEERS = "duty-engineers";
    public static final String PROCESS_MODELERS = "process-modelers";
    /** Prometheus's scrape user: reads /actuator/prometheus, nothing else (not in {@link #ALL}). */
    public static final String MONITORING = "monitoring";

    /** Every group of the contract. */
    public static final List<String> ALL = List.of(CAMUNDA_ADMIN, SUPPORT_L1, SUPPORT_L2, SUPPORT_LEADS,
            SUPPORT_MANAGEMENT, SALES, MANAGED_SERVICES, SALES_LEADS, DUTY_ENGINEERS, PROCESS_MODELERS);

    /** Support staff: the groups that work on appeals (not sales, not modelers). */
    public static final Set<String> STAFF = Set.of(SUPPORT_L1, SUPPORT_L2, SUPPORT_LEADS,
            SUPPORT_MANAGEMENT, MANAGED_SERVICES, DUTY_ENGINEERS, CAMUNDA_ADMIN);

    public static final String AUTHORITY_PREFIX = "GROUP_";

    private StaffGroups() {
    }

    /** The authority a member of {@code groupId} holds, e.g. {@code GROUP_support-l1}. */
    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }

    /** Whether the caller logged in and belongs to at least one group of {@link #STAFF}. */
    public static boolean isStaff(Authentication authentication) {
        return groupIds(authentication).stream().anyMatch(STAFF::contains);
    }

    static String[] authorities(Collection<String> groupIds) {
        return groupIds.stream()
                .map(StaffGroups::authority)
                .toArray(String[]::new);
    }

    /** The authorities of a user's groups, read from the identity service at each login. */
    static List<GrantedAuthority> authoritiesOf(IdentityService identity, String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> (GrantedAuthority) new SimpleGrantedAuthority(authority(group.getId())))
                .toList();
    }

    /** The caller's groups; none for nobody logged in. */
    static List<String> groupIds(Authentication authentication) {
        // an anonymous token is "authenticated" in Spring's sense, but nobody logged in
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                .toList();
    }
}
