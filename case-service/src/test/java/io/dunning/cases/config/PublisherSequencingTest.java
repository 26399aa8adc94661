package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.cases.CaseCured;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.LocalDate;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The case-events publisher runs on several segments; a loan's events must stay in one of them (docs/adr/0014). */
class PublisherSequencingTest {

    private final SequencingPolicy<EventMessage<?>> policy = ProcessorConfig.publisherSequencing();

    private static EventMessage<?> cured(String caseId, String loanId) {
        return new GenericDomainEventMessage<>("CollectionCase", caseId, 0,
                new CaseCured(new CaseId(caseId), new LoanId(loanId), LocalDate.of(2026, 1, 1), "P-1"));
    }

    @Test
    @DisplayName("Two cases of one loan share a sequence (the loan id): the publisher keeps the loan's order across"
            + " cases")
    void casesOfOneLoanShareASequence() {
        assertThat(policy.getSequenceIdentifierFor(cured("C-1", "L-1")))
                .isEqualTo(policy.getSequenceIdentifierFor(cured("C-2", "L-1")))
                .isEqualTo("L-1");
        assertThat(policy.getSequenceIdentifierFor(cured("C-3", "L-2"))).isEqualTo("L-2");
    }

    @Test
    @DisplayName("An event that is no case event falls back to Axon's default, its aggregate")
    void otherEventsByAggregate() {
        assertThat(policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Party", "PARTY-9", 0, "erased")))
                .isEqualTo("PARTY-9");
    }
}
