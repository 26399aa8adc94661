package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import java.time.LocalDate;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** The context starts on the embedded PostgreSQL and Kafka with the JDBC event store, Jackson and the policy. */
class CaseServiceContextIT extends CaseServiceIntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    CollectionPolicy policy;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void usesTheJdbcEventStoreAndTokenStoreOnTheFlywaySchema() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(jdbc.queryForObject(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'domain_event_entry'"
                        + " AND column_name = 'payload'", String.class)).isEqualTo("bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void serializesEventsAsJsonWithTypedIdsAsBareStringsAndIsoDates() {
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        CaseClosed event = new CaseClosed(new CaseId("c-1"), new LoanId("L-1"), CloseReason.CURED,
                LocalDate.of(2026, 3, 1), "e-1");
        String json = new String(eventSerializer.serialize(event, byte[].class).getData());
        assertThat(json).contains("\"caseId\":\"c-1\"", "\"loanId\":\"L-1\"", "\"closedOn\":\"2026-03-01\"");
        assertThat(eventSerializer.deserialize(eventSerializer.serialize(event, byte[].class)).equals(event))
                .isTrue();
    }

    @Test
    void bindsTheHandbookPolicyInLadderOrder() {
        assertThat(policy.version()).isEqualTo("2026.1-handbook");
        assertThat(policy.bankZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(policy.ladder()).extracting(rule -> rule.step()).containsExactly(LadderStep.values());
        assertThat(policy.promiseFollowUpDays()).isEqualTo(3);
        assertThat(policy.returnedLetterFollowUpDays()).isEqualTo(3);
    }
}
