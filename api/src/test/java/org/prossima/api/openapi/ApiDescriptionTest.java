package org.prossima.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.prossima.api.ServiceTest;
import org.prossima.api.security.AccessMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the service's controllers is in the access matrix and in the OpenAPI document, with the roles
 * that may call it; and the matrix names no endpoint that does not exist. A controller added without its row in
 * the matrix fails here, instead of falling to the default rule unseen.
 */
class ApiDescriptionTest extends ServiceTest {

    /** Rows of the matrix that are not controllers of ours: health, the API description, Swagger UI. */
    private static final Set<String> NOT_CONTROLLERS = Set.of("GET /actuator/health", "GET /actuator/health/{*group}",
            "GET /actuator/info", "GET /v3/api-docs", "GET /v3/api-docs/{*path}", "GET /swagger-ui.html",
            "GET /swagger-ui/{*path}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyControllerEndpointIsInTheMatrixAndTheDocumentWithItsRoles() {
        Set<String> endpoints = controllerEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(60);
        Set<String> inMatrix = new TreeSet<>();
        AccessMatrix.RULES.forEach(r -> inMatrix.add(r.method().name() + " " + r.pattern()));
        assertThat(inMatrix).as("endpoints without a row in the access matrix").containsAll(endpoints);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(endpoints);
        stale.removeAll(NOT_CONTROLLERS);
        assertThat(stale).as("matrix rows for endpoints that do not exist").isEmpty();

        JsonNode document = client().get("/v3/api-docs").json();
        Set<String> documented = new TreeSet<>();
        Set<String> withoutRoles = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
            documented.add(endpoint);
            if (!operation.getValue().path("x-roles").isArray()) {
                withoutRoles.add(endpoint);
            }
        }));
        Set<String> apiEndpoints = new TreeSet<>(controllerEndpoints(false));
        assertThat(documented).containsAll(apiEndpoints);
        assertThat(withoutRoles).as("documented operations without their roles").isEmpty();
        JsonNode candidates = document.path("paths").path("/api/v1/placement/candidates").path("get");
        assertThat(candidates.path("x-roles").toString()).isEqualTo("[\"COORDINATOR\"]");
        assertThat(candidates.path("responses").has("401")).isTrue();
        assertThat(candidates.path("responses").has("403")).isTrue();
    }

    /** "METHOD /path" of every handler method of the service's own controllers, the screens' included. */
    private Set<String> controllerEndpoints() {
        return controllerEndpoints(true);
    }

    /** "METHOD /path" of the service's own controllers; the screens' (pages for people, not the API) if asked. */
    private Set<String> controllerEndpoints(boolean screens) {
        Set<String> endpoints = new TreeSet<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            String owner = handler.getBeanType().getPackageName();
            if (!owner.startsWith("org.prossima.api") || info.getPathPatternsCondition() == null
                    || !screens && owner.startsWith("org.prossima.api.web")) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }
}
