package io.dunning.cases.config;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Documents the headers of the command endpoints in {@code /v3/api-docs} (docs/ops-command-api.md). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    static final String IF_MATCH = "Optional. The case's ETag (\"<version>\") from GET /cases/{caseId} or the last"
            + " command's answer: the command runs only if the case is still at that version, otherwise 412"
            + " (re-read the case). Absent or *: not version-checked.";

    @Bean
    OperationCustomizer commandHeaders() {
        return (operation, handlerMethod) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(parameter -> "If-Match".equals(parameter.getName()))
                        .forEach(parameter -> parameter.setDescription(IF_MATCH));
            }
            return operation;
        };
    }
}
