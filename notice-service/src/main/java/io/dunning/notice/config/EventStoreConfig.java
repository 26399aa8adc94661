package io.dunning.notice.config;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store and token store on the service's PostgreSQL database, never JPA (DESIGN.md 2): BYTEA
 * payloads, a BIGSERIAL global index, snake_case tables created by Flyway ({@code V1__event_store.sql}).
 * <p>
 * Replaces the storage engine, token store, schemas and connection provider of Axon's {@code JdbcAutoConfiguration}
 * (all {@code @ConditionalOnMissingBean}) so that gap timeout, batch size and claim timeout are ours. Connections
 * come from Spring's DataSource and join the Spring transaction ({@code SpringTransactionManager} from Axon's
 * {@code TransactionAutoConfiguration}), so a command's events commit with whatever the caller wrote.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfig {

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(properties.batchSize())
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .maxGapOffset(properties.maxGapOffset())
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          EventStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .contentType(byte[].class)
                .claimTimeout(properties.claimTimeout())
                .build();
    }
}
