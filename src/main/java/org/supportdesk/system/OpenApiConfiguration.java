package org.supportdesk.system;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of our API and the channel webhooks at {@code /v3/api-docs} (staff only).
 * The controllers stay free of documentation annotations: who may call what is stated here, by path,
 * from the same rules as the security configuration, and the committed {@code docs/openapi.json}
 * must follow every change of a controller ({@code OpenApiDescriptionIT}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String STAFF = "staff";
    static final String APPEAL_TOKEN = "appealToken";
    static final String TELEGRAM_SECRET = "telegramSecret";
    static final String FACEBOOK_SIGNATURE = "facebookSignature";
    static final String PROBLEM = "Problem";

    /** Tags by path prefix, first match wins. */
    private static final List<Map.Entry<String, String>> TAGS = List.of(
            Map.entry("/api/appeals", "Appeals"),
            Map.entry("/api/staff/", "Staff"),
            Map.entry("/api/reports/", "Reports"),
            Map.entry("/api/customers", "Customer directory"),
            Map.entry("/api/notifications", "Proactive notifications"),
            Map.entry("/notifications/", "Proactive notifications"),
            Map.entry("/api/managed-services/", "Managed Services"),
            Map.entry("/webhooks/", "Channel webhooks"));

    @Bean
    OpenAPI supportDeskOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Support desk API")
                        .version("1")
                        .description("Appeals, staff calls, reports, customer directory, proactive notifications,"
                                + " Managed Services requests and the channel webhooks. Errors are"
                                + " application/problem+json; bad input names each bad field in `errors`."
                                + " Camunda's own REST API (/engine-rest) is described by Camunda."))
                // relative: the description holds for whatever address the desk is served at
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(STAFF, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A Camunda user of the desk's groups"))
                        .addSecuritySchemes(APPEAL_TOKEN, header("X-Appeal-Token",
                                "The token returned with the appeal's number at registration"))
                        .addSecuritySchemes(TELEGRAM_SECRET, header("X-Telegram-Bot-Api-Secret-Token",
                                "TELEGRAM_SECRET_TOKEN, as registered with setWebhook"))
                        .addSecuritySchemes(FACEBOOK_SIGNATURE, header("X-Hub-Signature-256",
                                "sha256= HMAC-SHA256 of the raw body with FACEBOOK_APP_SECRET"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    private static SecurityScheme header(String name, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(name)
                .description(description);
    }

    /** RFC 9457 problem details as ApiProblems and the security handlers write them. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, line or column at fault"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("Every error answer: application/problem+json")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error).description("one entry per bad field"));
    }

    /**
     * Operation ids from the controller and its method ({@code appealShow}), so they stay the same
     * whatever order the controllers are found in.
     */
    @Bean
    OperationCustomizer operationIdsFromHandlers() {
        return (operation, handler) -> {
            String feature = handler.getBeanType().getSimpleName().replaceAll("(Webhook|Callback)?Controller$", "");
            String method = handler.getMethod().getName();
            operation.setOperationId(Character.toLowerCase(feature.charAt(0)) + feature.substring(1)
                    + Character.toUpperCase(method.charAt(0)) + method.substring(1));
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer callersByPath() {
        return openApi -> openApi.getPaths().forEach((path, item) ->
                item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        TAGS.stream().filter(tag -> path.startsWith(tag.getKey())).findFirst()
                .ifPresent(tag -> operation.setTags(List.of(tag.getValue())));
        operation.setSecurity(security(path, method));
        operation.getResponses().addApiResponse("default", new ApiResponse()
                .description("An error: 4xx with the problem, each bad field named in errors")
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** The same doors as SecurityConfiguration: an empty requirement means "anyone". */
    private static List<SecurityRequirement> security(String path, PathItem.HttpMethod method) {
        SecurityRequirement anyone = new SecurityRequirement();
        SecurityRequirement staff = new SecurityRequirement().addList(STAFF);
        SecurityRequirement token = new SecurityRequirement().addList(APPEAL_TOKEN);
        if (path.equals("/api/appeals") && method == PathItem.HttpMethod.POST) {
            // anonymous for the feedback form's channel, staff for every channel
            return List.of(anyone, staff);
        }
        if (path.equals("/api/appeals/{number}/confirm")) {
            return List.of(token);
        }
        if (path.startsWith("/api/appeals/{number}") && !path.endsWith("/priority")) {
            return List.of(token, staff);
        }
        if (path.startsWith("/api/")) {
            return List.of(staff);
        }
        if (path.equals("/webhooks/telegram")) {
            return List.of(new SecurityRequirement().addList(TELEGRAM_SECRET));
        }
        if (path.equals("/webhooks/facebook") && method == PathItem.HttpMethod.POST) {
            return List.of(new SecurityRequirement().addList(FACEBOOK_SIGNATURE));
        }
        // the VK secret travels in the body, Meta's check carries its verify token, an owner's link its token
        return List.of(anyone);
    }
}
