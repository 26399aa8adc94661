package io.dunning.cases.collection;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.conduct.ContactDecision;
import io.dunning.cases.conduct.ContactHistory;
import io.dunning.cases.conduct.ContactPermissions;
import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.conduct.ContactRequest;
import io.dunning.events.cases.ConductChannel;
import io.dunning.events.cases.ContactRefused;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderDeferred;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The case-initiated reminders obey the conduct rules (R1.1 under RULEBOOK section 6): a reminder of the ladder is
 * requested only when the profile in force permits contacting the obligor on its channel now (SMS: SMS; phone:
 * CALL), in the obligor's own time zone; else the refusal is recorded ({@code ContactRefused}, by the ladder) with
 * a {@code ReminderDeferred} until the next allowed time, when the case asks again. A member of
 * {@link CollectionCase}, which schedules the deadlines ({@link ReminderDue}).
 */
class ReminderDesk {

    /** Who checks on behalf of the ladder, recorded on its conduct decisions. */
    static final UserId LADDER = new UserId("system:ladder");

    private final Map<String, ReminderDeferred> deferred = new HashMap<>();
    private final Map<String, ReminderRequested> requested = new HashMap<>();

    /** The decisions with each reminder checked at {@code now}: kept when permitted, else refused and deferred. */
    static List<Object> gate(List<Object> decisions, ContactProfile profile, ContactHistory history,
                             List<Obligor> obligors, ZoneId fallback, Instant now) {
        List<Object> gated = new ArrayList<>();
        for (Object decision : decisions) {
            if (decision instanceof ReminderRequested reminder) {
                gated.addAll(check(reminder, profile, history, zoneOf(reminder.recipient(), obligors, fallback), now));
            } else {
                gated.add(decision);
            }
        }
        return gated;
    }

    /** Applies the decisions in order; a deferred reminder is asked about again at its next allowed time. */
    static void record(List<Object> decisions, DeadlineManager deadlines) {
        for (Object decision : decisions) {
            apply(decision);
            if (decision instanceof ReminderDeferred d && d.until() != null) {
                deadlines.schedule(d.until(), ReminderDue.DEADLINE, new ReminderDue(d.step(), d.recipient(), d.until()));
            }
        }
    }

    /** The deferred reminder now due, checked again; empty when it was requested meanwhile or never deferred. */
    List<Object> due(ReminderDue due, ContactProfile profile, ContactHistory history, List<Obligor> obligors,
                     ZoneId fallback, Instant now) {
        return Optional.ofNullable(deferred.get(key(due.step().name(), due.recipient())))
                .map(d -> check(new ReminderRequested(d.caseId(), d.loanId(), d.step(), d.channel(), d.recipient(),
                        d.recipientRole(), d.daysPastDue(), d.policyVersion()), profile, history,
                        zoneOf(d.recipient(), obligors, fallback), now))
                .orElse(List.of());
    }

    /**
     * notice-service did not send the requested reminder: its window closed first (ADR 0009). Checked again at
     * {@code now}: refused and deferred to the next allowed time (usually), or requested anew with a new window end.
     * Empty when the case never requested it.
     */
    List<Object> windowMissed(LadderStep step, PartyId recipient, ContactProfile profile, ContactHistory history,
                              List<Obligor> obligors, ZoneId fallback, Instant now) {
        return Optional.ofNullable(requested.get(key(step.name(), recipient)))
                .map(r -> check(r.sendingBefore(null), profile, history, zoneOf(recipient, obligors, fallback), now))
                .orElse(List.of());
    }

    private static List<Object> check(ReminderRequested r, ContactProfile profile, ContactHistory history,
                                      ZoneId zone, Instant now) {
        ConductChannel channel = r.channel() == ReminderChannel.SMS ? ConductChannel.SMS : ConductChannel.CALL;
        var decision = ContactPermissions.evaluate(profile, new ContactRequest(r.recipient(), true, channel, zone,
                null), history, now);
        if (!(decision instanceof ContactDecision.Refused refused)) {
            return List.of(r.sendingBefore(ContactPermissions.windowEnd(profile, zone, now)));
        }
        return List.of(new ContactRefused(r.caseId(), r.loanId(), r.recipient(), channel, zone.getId(), now,
                        refused.rule(), refused.reason(), refused.nextAllowedAt(), profile.name(), profile.version(),
                        LADDER),
                new ReminderDeferred(r.caseId(), r.loanId(), r.step(), r.channel(), r.recipient(), r.recipientRole(),
                        r.daysPastDue(), refused.rule(), refused.nextAllowedAt(), r.policyVersion()));
    }

    private static ZoneId zoneOf(PartyId party, List<Obligor> obligors, ZoneId fallback) {
        return obligors.stream().filter(o -> o.partyId().equals(party) && o.timeZone() != null).findFirst()
                .flatMap(o -> {
                    try {
                        return Optional.of(ZoneId.of(o.timeZone()));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }).orElse(fallback);
    }

    private static String key(String step, PartyId recipient) {
        return step + "|" + recipient.value();
    }

    @EventSourcingHandler
    void on(ReminderDeferred e) {
        deferred.put(key(e.step().name(), e.recipient()), e);
    }

    @EventSourcingHandler
    void on(ReminderRequested e) {
        deferred.remove(key(e.step().name(), e.recipient()));
        requested.put(key(e.step().name(), e.recipient()), e);
    }
}
