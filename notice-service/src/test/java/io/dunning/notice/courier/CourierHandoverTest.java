package io.dunning.notice.courier;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterIssued;
import io.dunning.notice.courier.http.CourierProperties;
import io.dunning.notice.courier.http.HttpCourierGateway;
import io.dunning.notice.letter.CancelDispatch;
import io.dunning.notice.letter.IssueLetter;
import io.dunning.simulators.SimulatorServer;
import io.dunning.simulators.SimulatorSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** R3.1: an issued letter is handed to the (simulated) courier over HTTP and its waybill recorded, once. */
class CourierHandoverTest {

    private SimulatorServer simulator;
    private Configuration axon;
    private CourierHandover handover;

    @BeforeEach
    @SuppressWarnings({"unchecked", "rawtypes"})
    void start() throws ClassNotFoundException {
        simulator = SimulatorServer.start(0, new SimulatorSettings(
                new SimulatorSettings.Courier(null, Duration.ofHours(1), 0.0, 1L, 1, null), null));
        Class letter = Class.forName("io.dunning.notice.letter.Letter");
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(letter)
                .buildConfiguration();
        axon.start();
        handover = new CourierHandover(new HttpCourierGateway(WebClient.builder(), new CourierProperties(
                URI.create(simulator.baseUrl()), null, null, null, Duration.ofMillis(10), null),
                new SimpleMeterRegistry()), axon.commandGateway());
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        simulator.close();
    }

    private LetterIssued issue(String number) {
        IssueLetter command = new IssueLetter(number, new CaseId("C-1"), new LoanId("L-1"), LadderStep.OVERDUE_NOTICE,
                LetterType.OVERDUE_COLLECTION_NOTICE, new PartyId("P-1"), ObligorRole.BORROWER, new BranchId("BR001"),
                LocalDate.of(2026, 3, 1));
        axon.commandGateway().sendAndWait(command);
        return (LetterIssued) events(number).get(0);
    }

    private List<Object> events(String number) {
        return axon.eventStore().readEvents(number).asStream().map(EventMessage::getPayload).map(Object.class::cast)
                .toList();
    }

    @Test
    void R3_1_anIssuedLetterIsHandedOverAndItsWaybillRecordedOnceWhateverTheReplays() {
        LetterIssued issued = issue("BR001-2026-000001");

        handover.on(issued);
        handover.on(issued);

        assertThat(simulator.courier().shipments()).singleElement().satisfies(s -> {
            assertThat(s.letterNumber()).isEqualTo("BR001-2026-000001");
            assertThat(s.sendingBranch()).isEqualTo("BR001");
            assertThat(s.recipientRef()).isEqualTo("P-1");
        });
        assertThat(events("BR001-2026-000001")).hasSize(2).last().isInstanceOfSatisfying(LetterDispatched.class,
                d -> assertThat(d.waybill()).isEqualTo(simulator.courier().shipments().get(0).waybill()));
    }

    @Test
    void aLetterCancelledDuringItsHandoverIsCancelledAtTheCourier() {
        LetterIssued issued = issue("BR001-2026-000002");
        axon.commandGateway().sendAndWait(new CancelDispatch("BR001-2026-000002", "CURED"));

        handover.on(issued);

        assertThat(simulator.courier().shipments()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo("CANCELLED"));
    }

    @Test
    void aCancelTheCourierRefusesBecauseItDeliveredAlreadyIsLoggedAndSkippedNotRetriedForever() {
        CourierGateway real = new HttpCourierGateway(WebClient.builder(), new CourierProperties(
                URI.create(simulator.baseUrl()), null, null, null, Duration.ofMillis(10), null),
                new SimpleMeterRegistry());
        CourierGateway deliveredAlready = new CourierGateway() {
            public Mono<HandoverReceipt> handOver(Handover h) {
                return real.handOver(h);
            }

            public Mono<ShipmentStatus> track(String waybill) {
                return real.track(waybill);
            }

            public Mono<ShipmentStatus> cancel(String waybill, String letterNumber) {
                return Mono.error(new CourierRejected(letterNumber, 409, "ALREADY_DELIVERED", null));
            }
        };
        LetterIssued issued = issue("BR001-2026-000003");
        axon.commandGateway().sendAndWait(new CancelDispatch("BR001-2026-000003", "CURED"));

        new CourierHandover(deliveredAlready, axon.commandGateway()).on(issued);

        assertThat(simulator.courier().shipments()).singleElement()
                .satisfies(s -> assertThat(s.letterNumber()).isEqualTo("BR001-2026-000003"));
        assertThat(events("BR001-2026-000003")).noneMatch(LetterDispatched.class::isInstance);
    }
}
