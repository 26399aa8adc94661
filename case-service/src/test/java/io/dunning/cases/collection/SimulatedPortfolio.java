package io.dunning.cases.collection;

import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.conduct.Profiles;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.test.deadline.StubDeadlineManager;

/**
 * A portfolio of loans run through the real {@link CollectionCase} (real command bus, in-memory event store) on a
 * simulated clock: Axon's {@link StubDeadlineManager} holds the promise and exemption-plan deadlines and fires them
 * as the days pass, through the aggregate repository as the persistent manager would; event timestamps come from
 * the same clock ({@code GenericEventMessage.clock}). Every choice (entry day and DPD, reports, payments, cures,
 * promises, exemptions and whether their instalments are paid) is drawn from one seeded {@link Random}.
 */
final class SimulatedPortfolio {

    static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2);
    private static final Duration DEADLINES_AT = Duration.ofHours(9);
    private static final Duration LOANS_ACT_AT = Duration.ofHours(10);
    /** "Now" for the case's conduct decisions: whatever the simulation has set the event clock to. */
    private static final Clock SIMULATED_CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return GenericEventMessage.clock.withZone(zone);
        }

        @Override
        public Instant instant() {
            return GenericEventMessage.clock.instant();
        }
    };
    private static final UserId COLLECTOR = new UserId("collector-sim");
    private static final UserId BRANCH = new UserId("branch-sim");
    private static final UserId APPROVER = new UserId("risk-sim");

    private final Random random;
    private final CollectionPolicy policy;
    private final StubDeadlineManager deadlines;
    private final Configuration axon;
    private final List<SimulatedLoan> loans = new ArrayList<>();
    private LocalDate today = DAY_ONE;
    private int refused;

    SimulatedPortfolio(long seed, int loanCount, CollectionPolicy policy, Consumer<EventMessage<?>> observer) {
        this.random = new Random(seed);
        this.policy = policy;
        this.deadlines = new StubDeadlineManager(startOf(DAY_ONE));
        this.axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                // cached, as in the service (WeakReferenceCache): the in-memory store would scan every event per load
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CollectionCase.class)
                        .configureCache(c -> new WeakReferenceCache()))
                .registerComponent(CollectionPolicy.class, c -> policy)
                .registerComponent(DeadlineManager.class, c -> deadlines)
                // the handbook's contact hours (R6.1), judged by the simulated clock the events are stamped with
                .registerComponent(ContactProfile.class, c -> Profiles.handbook())
                .registerComponent(Clock.class, c -> SIMULATED_CLOCK)
                .buildConfiguration();
        axon.eventBus().subscribe(messages -> messages.forEach(observer));
        axon.start();
        for (int i = 0; i < loanCount; i++) {
            loans.add(new SimulatedLoan(String.format("SIM-%04d", i), random.nextInt(45),
                    random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(60), random.nextInt(3), random.nextBoolean()));
        }
    }

    LocalDate today() {
        return today;
    }

    /** Commands the aggregate refused (a CaseRuleViolation); part of the reproducible outcome. */
    int refused() {
        return refused;
    }

    /** Runs day after day: first the deadlines that fall due by the day's start, then what each loan does. */
    void run(int days, Runnable afterEachDay) {
        Clock previous = GenericEventMessage.clock;
        try {
            for (int d = 0; d < days; d++) {
                today = DAY_ONE.plusDays(d);
                // the day's deadlines at 09:00 in the bank's zone (inside the contact hours, so a reminder deferred
                // to 07:00 goes out then), then what the loans do at 10:00
                GenericEventMessage.clock = Clock.fixed(startOf(today).plus(DEADLINES_AT), ZoneOffset.UTC);
                deadlines.advanceTimeTo(startOf(today).plus(DEADLINES_AT), this::fire);
                GenericEventMessage.clock = Clock.fixed(startOf(today).plus(LOANS_ACT_AT), ZoneOffset.UTC);
                for (SimulatedLoan loan : loans) {
                    loan.day(this);
                }
                afterEachDay.run();
            }
        } finally {
            GenericEventMessage.clock = previous;
            axon.shutdown();
        }
    }

    /** Delivers a deadline to its aggregate in a unit of work, as the persistent deadline manager does. */
    private void fire(ScopeDescriptor scope, DeadlineMessage<?> deadline) {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(deadline).executeWithResult(() -> {
            for (ScopeAware component : new ConfigurationScopeAwareProvider(axon).provideScopeAwareStream(scope)
                    .filter(component -> component.canResolve(scope)).toList()) {
                component.send(deadline, scope);
            }
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("deadline " + deadline.getDeadlineName() + " failed",
                    result.exceptionResult());
        }
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(policy.bankZone()).toInstant();
    }

    Random random() {
        return random;
    }

    void send(Object command) {
        try {
            axon.commandGateway().sendAndWait(command);
        } catch (CaseRuleViolation e) {
            refused++;
        }
    }

    OpenCase openCase(SimulatedLoan loan, CaseId caseId, int dpd, Arrears arrears) {
        List<Obligor> obligors = new ArrayList<>();
        obligors.add(new Obligor(new PartyId(loan.id() + "-B"), ObligorRole.BORROWER, "Asia/Shanghai"));
        for (int g = 0; g < loan.guarantors(); g++) {
            obligors.add(new Obligor(new PartyId(loan.id() + "-G" + g), ObligorRole.GUARANTOR, "Asia/Shanghai"));
        }
        return new OpenCase(caseId, new LoanId(loan.id()), new CustomerId("C-" + loan.id()), new BranchId("BR-SIM"),
                "SME-TERM", "CNY", new BigDecimal("50000.00"), arrears, dpd, today.minusDays(dpd),
                loan.principalMatured(), obligors, today, loan.id() + "-open-" + today);
    }

    ReportDelinquency report(SimulatedLoan loan, CaseId caseId, int dpd, Arrears arrears) {
        return new ReportDelinquency(caseId, dpd, arrears, new BigDecimal("50000.00"), loan.principalMatured(), today,
                loan.id() + "-report-" + today);
    }

    RecordPayment payment(SimulatedLoan loan, CaseId caseId, BigDecimal amount, Arrears after) {
        return new RecordPayment(caseId, loan.id() + "-pay-" + today, amount, "CNY", today, after,
                loan.id() + "-payment-" + today);
    }

    RecordPromise promise(SimulatedLoan loan, CaseId caseId, BigDecimal amount, int inDays) {
        return new RecordPromise(caseId, loan.id() + "-promise-" + today, amount, today.plusDays(inDays), COLLECTOR);
    }

    RequestExemption exemption(SimulatedLoan loan, CaseId caseId, List<PlanInstalment> plan) {
        return new RequestExemption(caseId, loan.id() + "-exemption-" + today, "hardship: recovery plan", plan,
                BRANCH);
    }

    ApproveExemption approval(CaseId caseId, String exemptionId) {
        return new ApproveExemption(caseId, exemptionId, APPROVER, true);
    }
}
