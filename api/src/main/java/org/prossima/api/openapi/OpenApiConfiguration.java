package org.prossima.api.openapi;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.prossima.api.security.AccessMatrix;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The OpenAPI 3 description of the service, generated from the controllers: each operation says who may call it
 * (from {@link AccessMatrix}, also as {@code x-roles}) and the errors every endpoint may answer, all
 * problem+json. Served at {@code /v3/api-docs}, readable in Swagger UI at {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI prossimaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Prossima").version("v1")
                        .description("Planning engine of the programme against poverty of ASL TO4: food-recovery "
                                + "routes, placement matching, economic support tied to community activities, "
                                + "aggregated service demand, the catalogue of "
                                + "opportunities. Texts for people come in Italian, or English with "
                                + "Accept-Language: en; error details are in English.")
                        .license(new License().name("Apache License 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token (prs_...) or, with an "
                                        + "identity provider, its JWT"))
                        .addSchemas("Problem", new Schema<>().type("object").description("RFC 9457 problem: type, "
                                + "title, status, detail, instance; for a bad request also field, value, hint and "
                                + "errors")));
    }

    /** Every operation of the document, by its method and path, gets its row of the access matrix. */
    @Bean
    OpenApiCustomizer rolesAndErrors() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> rule(HttpMethod.valueOf(method.name()), path)
                        .ifPresent(rule -> describe(operation, rule))));
    }

    private static void describe(Operation operation, AccessMatrix.Rule rule) {
        String who = switch (rule.access()) {
            case PUBLIC -> "the public (no sign-in)";
            case SIGNED_IN -> "any signed-in user";
            case ROLES -> String.join(", ", rule.roles().stream().map(Enum::name).toList());
        };
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                + "Who may call it: " + who + ".");
        operation.addExtension("x-roles", rule.access() == AccessMatrix.Access.ROLES
                ? rule.roles().stream().map(Enum::name).toList() : List.of(rule.access().name()));
        if (rule.access() != AccessMatrix.Access.PUBLIC) {
            operation.addSecurityItem(new SecurityRequirement().addList("basic"));
            operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
            error(operation, "401", "Not signed in (WWW-Authenticate says how)");
        }
        if (rule.access() == AccessMatrix.Access.ROLES) {
            error(operation, "403", "The caller's role may not make this request");
        }
        error(operation, "400", "A bad parameter or body: the field, the value and a hint");
        error(operation, "404", "Unknown, or another consortium's or organisation's");
        error(operation, "413", "The body is larger than the service accepts");
        error(operation, "503", "The database is unavailable for a moment (Retry-After)");
    }

    private static void error(Operation operation, String status, String description) {
        if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }

    /** The matrix row of an operation, by its method and path pattern. */
    static Optional<AccessMatrix.Rule> rule(HttpMethod method, String path) {
        return AccessMatrix.RULES.stream().filter(r -> r.method().equals(method) && r.pattern().equals(path))
                .findFirst();
    }
}
