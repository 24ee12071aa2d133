package org.supportdesk.channel.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Level;

/** The checks of a registered call, and that the start form asks for what they check. */
class PhoneCallTest {

    private static final Path FORM = Path.of("processes", "forms", "register-phone-call.form");

    private static PhoneCall call(String login, String project, String email, String callerName, String subject,
                                  String description, String urgency, String impact) {
        return new PhoneCall(login, project, email, callerName, subject, description, urgency, impact);
    }

    private static PhoneCall valid() {
        return call("olga", "shop-prod", "olga.p+support@mail.example.ru", "Olga", "VPN down",
                "The site-to-site VPN of shop-prod is down since 09:00.", "high", " ");
    }

    @Test
    void aCompleteCallBecomesAPhoneAppealOfTheAgent() {
        PhoneCall call = valid();

        assertThat(call.problems()).isEmpty();
        IntakeCommand command = call.intakeCommand("anna");
        assertThat(command.origin().channel()).isEqualTo(Channel.PHONE);
        assertThat(command.contact().login()).isEqualTo("olga");
        assertThat(command.contact().project()).isEqualTo("shop-prod");
        assertThat(command.contact().email()).isEqualTo("olga.p+support@mail.example.ru");
        assertThat(command.contact().name()).isEqualTo("Olga");
        assertThat(command.subject()).isEqualTo("VPN down");
        assertThat(command.description()).isEqualTo("The site-to-site VPN of shop-prod is down since 09:00.");
        assertThat(command.assessment().urgency()).isEqualTo(Level.HIGH);
        assertThat(command.assessment().impact()).as("left empty").isNull();
        assertThat(command.assessment().category()).isNull();
        assertThat(command.attachments()).isEmpty();
        assertThat(command.origin().registeredBy()).isEqualTo("anna");
        assertThat(command.origin().address()).isNull();
    }

    @Test
    void theEmailIsOptional() {
        assertThat(call("olga", "p", null, "Olga", "s", "d", null, null).problems()).isEmpty();
        assertThat(call("olga", "p", "", "Olga", "s", "d", "", "LOW").problems()).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamedInTheFormsOrder() {
        List<PhoneCall.Problem> problems = call(null, " ", null, "", null, "\n", null, null).problems();

        assertThat(problems).extracting(PhoneCall.Problem::field)
                .containsExactly("login", "project", "callerName", "subject", "description");
        assertThat(problems).extracting(PhoneCall.Problem::text).containsExactly(
                "Login / Логин: required / обязательное поле",
                "Project / Проект: required / обязательное поле",
                "Caller's name / Имя звонящего: required / обязательное поле",
                "Subject / Тема: required / обязательное поле",
                "Description / Описание: required / обязательное поле");
    }

    @Test
    void addressesAnswersAndLengthsAreChecked() {
        assertThat(call("olga", "p", "olga@", "Olga", "s", "d", "URGENT", "low").problems())
                .extracting(PhoneCall.Problem::field).containsExactly("email", "urgency");
        assertThat(call("olga", "p", "olga example.com", "Olga", "s", "d", null, null).problems())
                .extracting(PhoneCall.Problem::text)
                .containsExactly("E-mail for replies / Эл. почта для ответов: not an e-mail address / это не адрес эл. почты");
        String longAddress = "a".repeat(64) + "@" + (("b".repeat(60) + ".").repeat(5)) + "com";
        assertThat(call("x".repeat(101), "p", longAddress, "Olga", "s".repeat(301),
                "d".repeat(20_001), null, "MEDIUM").problems())
                .extracting(PhoneCall.Problem::text)
                .containsExactly("Login / Логин: at most 100 characters / не более 100 символов",
                        "E-mail for replies / Эл. почта для ответов: at most 320 characters / не более 320 символов",
                        "Subject / Тема: at most 300 characters / не более 300 символов",
                        "Description / Описание: at most 20000 characters / не более 20000 символов");
        assertThat(call("x".repeat(100), "p", null, "Olga", "s".repeat(300), " " + "d".repeat(20_000) + " ",
                null, null).problems()).as("at the limits, surrounding blanks not counted").isEmpty();
    }

    @Test
    void textTheDatabaseCannotHoldIsRefusedNamingTheField() {
        assertThat(call("olga", "p", null, "Ol\u0000ga", "s", "VM \uD800 down", null, null).problems())
                .extracting(PhoneCall.Problem::field).containsExactly("callerName", "description");
    }

    @Test
    void aCallWithProblemsIsNeverRegistered() {
        PhoneCall call = call("olga", "p", null, "Olga", "s", null, null, null);

        assertThatThrownBy(() -> call.intakeCommand("anna")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void intakeFieldsAreLabelledAsTheFormLabelsThem() {
        assertThat(PhoneCall.label("contactEmail")).isEqualTo(PhoneCall.label("email"));
        assertThat(PhoneCall.label("contactName")).isEqualTo(PhoneCall.label("callerName"));
        assertThat(PhoneCall.label("attachments")).isEqualTo("attachments");
    }

    @Test
    void theFormAsksForWhatTheChecksExpect() throws IOException {
        JsonNode form = new ObjectMapper().readTree(FORM.toFile());
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        form.path("components").forEach(component -> {
            ids.add(component.path("id").asText());
            if (component.has("key")) {
                fields.put(component.path("key").asText(), component);
            }
        });

        assertThat(form.path("id").asText()).isEqualTo("register-phone-call");
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> !id.isBlank());
        assertThat(fields.keySet()).containsExactly(PhoneCallVariables.LOGIN, PhoneCallVariables.PROJECT,
                PhoneCallVariables.CALLER_NAME, PhoneCallVariables.EMAIL, PhoneCallVariables.SUBJECT,
                PhoneCallVariables.DESCRIPTION, PhoneCallVariables.URGENCY, PhoneCallVariables.IMPACT);
        // required in the form exactly where the server requires a value
        PhoneCall empty = call(null, null, null, null, null, null, null, null);
        List<String> requiredByServer = empty.problems().stream().map(PhoneCall.Problem::field).toList();
        fields.forEach((key, field) -> assertThat(field.path("validate").path("required").asBoolean())
                .as("%s required", key).isEqualTo(requiredByServer.contains(key)));
        // text fields: English / Russian labels that the server's messages name
        for (String key : List.of("login", "project", "callerName", "email", "subject", "description")) {
            String label = fields.get(key).path("label").asText();
            assertThat(label).as(key).startsWith(PhoneCall.label(key)).containsPattern(" / [А-Яа-яЁё]");
        }
        assertThat(fields.get("email").path("validate").path("validationType").asText()).isEqualTo("email");
        assertThat(fields.get("description").path("type").asText()).isEqualTo("textarea");
        for (String key : List.of("urgency", "impact")) {
            JsonNode select = fields.get(key);
            assertThat(select.path("type").asText()).isEqualTo("select");
            assertThat(select.path("label").asText()).startsWith("How ").containsPattern("\\? / [А-Яа-яЁё]");
            assertThat(select.path("values").findValuesAsText("value")).containsExactly("HIGH", "MEDIUM", "LOW");
            assertThat(select.path("values").findValuesAsText("label")).allMatch(text -> text.contains(" / "));
        }
    }
}
