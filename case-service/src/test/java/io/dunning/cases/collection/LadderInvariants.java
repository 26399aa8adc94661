package io.dunning.cases.collection;

import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.LadderRule;
import io.dunning.events.cases.AccelerationDeclared;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseEvent;
import io.dunning.events.cases.ExemptionApproved;
import io.dunning.events.cases.ExemptionRevoked;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LitigationPrepared;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.ReminderRequested;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;

/**
 * Checks every case event as it is published against the rules that must hold at every moment, and keeps the
 * whole sequence (time, type, payload) so that two runs can be compared:
 * R1.10 no (step, recipient) twice; R1.9 steps in ladder order and none before its DPD threshold;
 * R1.11 nothing after a case closed; R2.3 litigation never required while an approved exemption holds;
 * R5.1 a promise broken only after its due date.
 */
final class LadderInvariants implements Consumer<EventMessage<?>> {

    private static final class CaseTrack {
        final Set<String> dispatched = new HashSet<>();
        int ladderPosition;
        boolean closed;
        boolean exemptionHolds;
    }

    private final CollectionPolicy policy;
    private final Map<String, CaseTrack> cases = new HashMap<>();
    private final List<String> sequence = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    LadderInvariants(CollectionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void accept(EventMessage<?> message) {
        Object payload = message.getPayload();
        String type = payload.getClass().getSimpleName();
        sequence.add(message.getTimestamp() + " " + payload);
        counts.merge(type, 1, Integer::sum);
        if (!(payload instanceof CaseEvent event)) {
            return;
        }
        CaseTrack track = cases.computeIfAbsent(event.caseId().value(), id -> new CaseTrack());
        LocalDate day = message.getTimestamp().atZone(policy.bankZone()).toLocalDate();
        check(!track.closed, "R1.11 event after the case closed: " + payload);
        if (payload instanceof ReminderRequested e) {
            step(track, e.step(), e.daysPastDue(), e.recipient().value(), payload);
        } else if (payload instanceof NoticeRequested e) {
            step(track, e.step(), e.daysPastDue(), e.recipient().value(), payload);
        } else if (payload instanceof LitigationPrepared) {
            step(track, LadderStep.LITIGATION_PREPARATION, Integer.MAX_VALUE, "-", payload);
        } else if (payload instanceof AccelerationDeclared) {
            step(track, LadderStep.LOAN_ACCELERATION, Integer.MAX_VALUE, "declared", payload);
        } else if (payload instanceof LitigationRequired e) {
            check(!track.exemptionHolds, "R2.3 litigation required while an exemption holds: " + payload);
            position(track, LadderStep.LITIGATION, e.daysPastDue(), payload);
        } else if (payload instanceof ExemptionApproved) {
            track.exemptionHolds = true;
        } else if (payload instanceof ExemptionRevoked) {
            track.exemptionHolds = false;
        } else if (payload instanceof PromiseBroken e) {
            check(day.isAfter(e.dueDate()), "R5.1 promise broken on " + day + " before its due date: " + payload);
        } else if (payload instanceof CaseClosed) {
            track.closed = true;
        }
    }

    private void step(CaseTrack track, LadderStep step, int dpd, String recipient, Object payload) {
        check(track.dispatched.add(step + "/" + recipient), "R1.10 step twice: " + payload);
        position(track, step, dpd, payload);
    }

    private void position(CaseTrack track, LadderStep step, int dpd, Object payload) {
        List<LadderRule> ladder = policy.ladder();
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).step() == step) {
                check(i >= track.ladderPosition, "R1.9 step out of ladder order: " + payload);
                check(dpd >= ladder.get(i).minDaysPastDue(), "R1.9 step before its threshold: " + payload);
                track.ladderPosition = Math.max(track.ladderPosition, i);
                return;
            }
        }
        violations.add("step not on the ladder: " + payload);
    }

    private void check(boolean holds, String violation) {
        if (!holds) {
            violations.add(violation);
        }
    }

    List<String> sequence() {
        return sequence;
    }

    List<String> violations() {
        return violations;
    }

    int count(Class<?> eventType) {
        return counts.getOrDefault(eventType.getSimpleName(), 0);
    }

    int cases() {
        return cases.size();
    }
}
