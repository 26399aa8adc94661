package io.dunning.cases.collection;

import io.dunning.cases.escalation.CaseFile;
import io.dunning.cases.escalation.Delinquency;
import io.dunning.cases.escalation.Escalation;
import io.dunning.cases.escalation.HandbookPolicy;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.DelinquencyUpdated;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import io.dunning.cases.conduct.Profiles;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** A loan's case in tests: the loan fell due on {@link #DAY_ZERO}, so a report at DPD n is dated DAY_ZERO + n. */
final class Cases {

    static final CaseId CASE = new CaseId("case-1");
    static final LoanId LOAN = new LoanId("loan-1");
    static final CustomerId CUSTOMER = new CustomerId("cust-1");
    static final BranchId BRANCH = new BranchId("branch-sh-01");
    static final LocalDate DAY_ZERO = LocalDate.of(2026, 1, 1);
    static final Instant BEFORE_EVERYTHING = Instant.parse("2025-12-31T00:00:00Z");
    static final Arrears ARREARS = new Arrears(amount("1000.00"), amount("100.00"), amount("20.00"));
    static final BigDecimal OUTSTANDING = amount("50000.00");
    static final Obligor BORROWER = new Obligor(new PartyId("p-borrower"), ObligorRole.BORROWER, "Asia/Shanghai");
    static final Obligor CO_BORROWER = new Obligor(new PartyId("p-co-borrower"), ObligorRole.BORROWER, "Asia/Shanghai");
    static final Obligor GUARANTOR = new Obligor(new PartyId("p-guarantor"), ObligorRole.GUARANTOR, "Asia/Shanghai");
    static final Obligor GUARANTOR_2 = new Obligor(new PartyId("p-guarantor-2"), ObligorRole.GUARANTOR, "Europe/Paris");
    static final UserId COLLECTOR = new UserId("collector-li");
    static final UserId BRANCH_MANAGER = new UserId("manager-wang");
    static final UserId RISK_APPROVER = new UserId("risk-zhao");
    static final String VERSION = HandbookPolicy.VERSION;
    /** The time the ladder decides at unless a test travels: Monday 2 March 2026, 10:00 in Shanghai (R6.1 open). */
    static final Clock OFFICE_HOURS = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    private Cases() {
    }

    static FixtureConfiguration<CollectionCase> fixture() {
        return fixture(OFFICE_HOURS);
    }

    /** A fixture whose clock stands at {@code now} (the handbook's policy and contact profile). */
    static FixtureConfiguration<CollectionCase> at(Instant now) {
        return fixture(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static FixtureConfiguration<CollectionCase> fixture(Clock clock) {
        FixtureConfiguration<CollectionCase> fixture = new AggregateTestFixture<>(CollectionCase.class);
        fixture.registerInjectableResource(HandbookPolicy.handbook());
        fixture.registerInjectableResource(Profiles.handbook());
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    /** Matches a {@link CaseRuleViolation} with this code. */
    static Matcher<Throwable> violation(CaseRuleViolation.Code code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable error) {
                return error instanceof CaseRuleViolation violation && violation.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("CaseRuleViolation " + code);
            }
        };
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(int dpd) {
        return DAY_ZERO.plusDays(dpd);
    }

    static OpenCase openCase(CaseId caseId, int dpd, boolean principalMatured, Obligor... obligors) {
        return new OpenCase(caseId, LOAN, CUSTOMER, BRANCH, "consumer-loan", "CNY", OUTSTANDING, ARREARS, dpd,
                DAY_ZERO, principalMatured, List.of(obligors), day(dpd), "cb-open-" + dpd);
    }

    static OpenCase openCase(int dpd, Obligor... obligors) {
        return openCase(CASE, dpd, true, obligors);
    }

    static CaseOpened caseOpened(int dpd, boolean principalMatured, Obligor... obligors) {
        return new CaseOpened(CASE, LOAN, CUSTOMER, BRANCH, "consumer-loan", "CNY", OUTSTANDING, ARREARS, dpd,
                DAY_ZERO, principalMatured, List.of(obligors), day(dpd), "cb-open-" + dpd, VERSION);
    }

    /** The case as opened at this DPD, with every step the handbook took then: the given of most scenarios. */
    static List<Object> history(int dpd, boolean principalMatured, Obligor... obligors) {
        List<Object> events = new ArrayList<>();
        events.add(caseOpened(dpd, principalMatured, obligors));
        events.addAll(Escalation.decide(HandbookPolicy.handbook(), new CaseFile(CASE, LOAN, BRANCH, List.of(obligors)),
                new Delinquency(dpd, ARREARS, OUTSTANDING, principalMatured, day(dpd)), Set.of(), Optional.empty()));
        return events;
    }

    static ReportDelinquency report(int dpd, boolean principalMatured) {
        return new ReportDelinquency(CASE, dpd, ARREARS, OUTSTANDING, principalMatured, day(dpd), "cb-" + dpd);
    }

    static ReportDelinquency report(int dpd, Arrears arrears) {
        return new ReportDelinquency(CASE, dpd, arrears, OUTSTANDING, true, day(dpd), "cb-" + dpd);
    }

    static ReportDelinquency report(int dpd) {
        return report(dpd, true);
    }

    static DelinquencyUpdated updated(int from, int to, boolean principalMatured) {
        return new DelinquencyUpdated(CASE, LOAN, from, to, ARREARS, OUTSTANDING, principalMatured, day(to), "cb-" + to);
    }

    static DelinquencyUpdated updated(int from, int to) {
        return updated(from, to, true);
    }

    /** A reminder requested at {@link #OFFICE_HOURS}: to be sent before 21:00 that day in the obligor's zone. */
    static ReminderRequested reminder(LadderStep step, ReminderChannel channel, Obligor to, int dpd) {
        return reminder(step, channel, to, dpd, OFFICE_HOURS.instant());
    }

    /** A reminder requested at {@code at}, to be sent before 21:00 (handbook) that day in the obligor's zone. */
    static ReminderRequested reminder(LadderStep step, ReminderChannel channel, Obligor to, int dpd, Instant at) {
        ZoneId zone = ZoneId.of(to.timeZone());
        return new ReminderRequested(CASE, LOAN, step, channel, to.partyId(), to.role(), dpd, VERSION,
                ZonedDateTime.of(at.atZone(zone).toLocalDate(), LocalTime.of(21, 0), zone).toInstant());
    }

    static NoticeRequested notice(LadderStep step, LetterType letter, Obligor to, int dpd) {
        return notice(step, letter, to, dpd, ARREARS);
    }

    static NoticeRequested notice(LadderStep step, LetterType letter, Obligor to, int dpd, Arrears arrears) {
        return new NoticeRequested(CASE, LOAN, step, letter, to.partyId(), to.role(), BRANCH, dpd, arrears, VERSION);
    }

    static RecordPayment payment(String paymentId, String amount, int dpd, Arrears after) {
        return new RecordPayment(CASE, paymentId, amount(amount), "CNY", day(dpd), after, "cb-pay-" + paymentId);
    }
}
