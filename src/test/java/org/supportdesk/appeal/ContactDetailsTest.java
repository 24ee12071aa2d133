package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void readsLoginAndProjectInEnglishAndRussian() {
        assertThat(ContactDetails.in("Hello!\nlogin: ivan.petrov\nProject: web-shop production\nthanks"))
                .isEqualTo(new ContactDetails("ivan.petrov", "web-shop production"));
        assertThat(ContactDetails.in("Логин: petrov_i\nпроект — crm"))
                .isEqualTo(new ContactDetails("petrov_i", "crm"));
    }

    @Test
    void ignoresTheWordsInsideSentences() {
        assertThat(ContactDetails.in("I cannot login: the page hangs")).isEqualTo(new ContactDetails(null, null));
        assertThat(ContactDetails.in("The project is slow")).isEqualTo(new ContactDetails(null, null));
        assertThat(ContactDetails.in(null)).isEqualTo(new ContactDetails(null, null));
    }
}
