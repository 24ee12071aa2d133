package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class StaffGroupsTest {

    @Test
    void staffAreTheGroupsThatWorkOnAppeals() {
        assertThat(StaffGroups.isStaff(login("GROUP_support-l1"))).isTrue();
        assertThat(StaffGroups.isStaff(login("GROUP_camunda-admin"))).isTrue();
        assertThat(StaffGroups.isStaff(login("GROUP_sales"))).isFalse();
        assertThat(StaffGroups.isStaff(login("GROUP_process-modelers"))).isFalse();
        assertThat(StaffGroups.isStaff(login())).isFalse();
    }

    @Test
    void nobodyLoggedInIsNoStaff() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS", "GROUP_support-l1"));
        assertThat(StaffGroups.isStaff(anonymous)).isFalse();
        assertThat(StaffGroups.isStaff(null)).isFalse();
        assertThat(StaffGroups.isStaff(UsernamePasswordAuthenticationToken.unauthenticated("agent", "agent")))
                .isFalse();
    }

    private static Authentication login(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList(List.of(authorities)));
    }
}
