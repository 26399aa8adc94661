package io.dunning.cases.collection;

import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.conduct.Profiles;
import java.time.Clock;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.events.common.CaseId;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;

/**
 * The real {@link CollectionCase} behind a real command bus and an in-memory event store, without Spring: one
 * instance serves many property tries, each with its own case id.
 */
final class InMemoryCases {

    private final Configuration configuration;

    InMemoryCases(CollectionPolicy policy) {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(CollectionCase.class)
                .registerComponent(CollectionPolicy.class, c -> policy)
                .registerComponent(ContactProfile.class, c -> Profiles.handbook())
                .registerComponent(Clock.class, c -> Cases.OFFICE_HOURS)
                .buildConfiguration();
        configuration.start();
    }

    /** Sends the command and waits; an invalid request surfaces as the {@link CaseRuleViolation} thrown. */
    void send(Object command) {
        configuration.commandGateway().sendAndWait(command);
    }

    List<Object> events(CaseId caseId) {
        return configuration.eventStore().readEvents(caseId.value()).asStream().map(Message::getPayload)
                .map(Object.class::cast).toList();
    }
}
