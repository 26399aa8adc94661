package io.dunning.cases.config;

import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Optimistic concurrency for commands without a version field: the aggregate version the sender expects travels in
 * the command's metadata under {@value #EXPECTED_VERSION} (the REST edge fills it from {@code If-Match}). Axon then
 * loads the case with that expected version and refuses the command with a ConflictingAggregateVersionException
 * when the case has moved on. Commands without it (core banking, notices, deadlines) are not version-checked.
 */
@Configuration(proxyBeanMethods = false)
public class CommandVersionConfig {

    /** Metadata key: the aggregate version (sequence number of the last event) the sender has seen. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    @Bean
    CommandTargetResolver commandTargetResolver() {
        CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();
        return command -> {
            VersionedAggregateIdentifier target = annotated.resolveTarget(command);
            Object expected = command.getMetaData().get(EXPECTED_VERSION);
            return expected instanceof Number version
                    ? new VersionedAggregateIdentifier(target.getIdentifierValue(), version.longValue())
                    : target;
        };
    }
}
