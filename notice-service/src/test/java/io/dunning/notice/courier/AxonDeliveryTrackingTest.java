package io.dunning.notice.courier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.notice.letter.IssueLetter;
import io.dunning.notice.letter.RecordWaybill;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery results reach the real Letter aggregate through the command bus (R3.2), no database needed. */
class AxonDeliveryTrackingTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:15:00Z");
    private Configuration axon;
    private DeliveryTracking tracking;

    @BeforeEach
    @SuppressWarnings({"unchecked", "rawtypes"})
    void start() throws ClassNotFoundException {
        Class letter = Class.forName("io.dunning.notice.letter.Letter");
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(letter)
                .buildConfiguration();
        axon.start();
        tracking = new AxonDeliveryTracking(axon.commandGateway());
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void issue(String number, boolean handedOver) {
        axon.commandGateway().sendAndWait(new IssueLetter(number, new CaseId("C-1"), new LoanId("L-1"),
                LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, new PartyId("P-1"),
                ObligorRole.BORROWER, new BranchId("BR001"), LocalDate.of(2026, 3, 1)));
        if (handedOver) {
            axon.commandGateway().sendAndWait(new RecordWaybill(number, "SIM0000000001", AT.minusSeconds(3600)));
        }
    }

    private long events(String number) {
        return axon.eventStore().readEvents(number).asStream().count();
    }

    @Test
    void R3_2_aDeliveryIsRecordedOnceHoweverOftenTheCourierRepeatsIt() {
        issue("BR001-2026-000001", true);

        assertThat(tracking.delivered("BR001-2026-000001", "SIM0000000001", "POD-1", AT).toCompletableFuture().join())
                .isEqualTo(DeliveryTracking.Outcome.RECORDED);
        tracking.delivered("BR001-2026-000001", "SIM0000000001", "POD-1", AT).toCompletableFuture().join();

        assertThat(events("BR001-2026-000001")).isEqualTo(3);
    }

    @Test
    void aReturnAfterADeliveryIsAConflict() {
        issue("BR001-2026-000002", true);
        tracking.delivered("BR001-2026-000002", "SIM0000000001", "POD-1", AT).toCompletableFuture().join();

        assertThatThrownBy(() -> tracking.returned("BR001-2026-000002", "SIM0000000001", "REFUSED", "RET-1", AT)
                .toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(TrackingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TrackingRefused.Reason.CONFLICTING_RESULT));
    }

    @Test
    void anUnknownLetterIsRefusedAndALetterNotYetHandedOverIsTransient() {
        assertThatThrownBy(() -> tracking.delivered("NOPE", "W", "POD", AT).toCompletableFuture().join())
                .cause().isInstanceOfSatisfying(TrackingRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(TrackingRefused.Reason.UNKNOWN_LETTER));

        issue("BR001-2026-000003", false);
        assertThatThrownBy(() -> tracking.delivered("BR001-2026-000003", "W", "POD", AT).toCompletableFuture().join())
                .cause().isNotInstanceOf(TrackingRefused.class);
    }
}
