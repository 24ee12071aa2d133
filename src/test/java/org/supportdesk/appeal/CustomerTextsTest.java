package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Priority;

class CustomerTextsTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-03T06:58:00Z");
    private static final Instant FIRST_DUE = Instant.parse("2026-12-03T07:58:00Z");
    private static final Instant RESOLUTION_DUE = Instant.parse("2026-12-03T18:58:00Z");
    private static final String DETAILED = "Since 10:05 the load balancer of northwind-web drops about a third of the"
            + " requests with 502.";

    private final CustomerTexts texts = new CustomerTexts(messages());

    @Test
    void theAcknowledgementPromisesTimesAsPeopleWriteThemInTheCustomersLanguage() {
        assertThat(texts.acknowledgement(appeal(Channel.FEEDBACK_FORM, Language.EN, DETAILED), true)).isEqualTo(
                "Thank you for contacting support. Your appeal SD-100001 is registered; an engineer will answer by"
                        + " 3 Dec 2026, 07:58 UTC. We aim to resolve it by 3 Dec 2026, 18:58 UTC.");
        assertThat(texts.acknowledgement(appeal(Channel.FEEDBACK_FORM, Language.RU, DETAILED), true)).isEqualTo(
                "Спасибо за обращение в техническую поддержку. Ваше обращение SD-100001 зарегистрировано, инженер"
                        + " ответит до 3 дек. 2026, 07:58 UTC. Мы постараемся решить вопрос до 3 дек. 2026, 18:58 UTC.");
    }

    @Test
    void aShortDescriptionWithoutFilesAsksForWhatThePageAsksFor() {
        String text = texts.acknowledgement(appeal(Channel.PHONE, Language.EN, "It drops requests."), false);
        assertThat(text).startsWith("Your call is registered as appeal SD-100001. We aim to resolve it by 3 Dec 2026,"
                + " 18:58 UTC.\n\nTo help us solve it faster, please reply with:");
        assertThat(text).contains("- a detailed description", "- diagnostics: screenshots, logs or error messages")
                .doesNotContain("- the login", "- the name of the project");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Appeal appeal(Channel channel, Language language, String description) {
        return new Appeal(1, "SD-100001", channel, AppealStatus.OPEN, "northwind", "northwind-web",
                "it@northwind.example", "Ivan", "Load balancer drops requests", description,
                language, null, null, Priority.MIDDLE, Category.TROUBLESHOOTING, false, null, null, RECEIVED,
                FIRST_DUE, RESOLUTION_DUE, null, null, null, null, 0, 0, "hash", null, null, null, null, null, null);
    }
}
