package io.dunning.cases.web;

import io.dunning.cases.collection.AgreeRepaymentPlan;
import io.dunning.cases.collection.AssignSegment;
import io.dunning.cases.collection.GrantExtension;
import io.dunning.cases.collection.PlanFollowUp;
import io.dunning.cases.collection.RecordArrearsReason;
import io.dunning.cases.collection.RecordContact;
import io.dunning.cases.collection.RecordPromise;
import io.dunning.cases.collection.RecordRiskMeasure;
import io.dunning.cases.collection.ReviewRiskInformation;
import io.dunning.cases.collection.WaivePenalty;
import io.dunning.cases.web.CommandRequests.ArrearsReason;
import io.dunning.cases.web.CommandRequests.CommandAccepted;
import io.dunning.cases.web.CommandRequests.Contact;
import io.dunning.cases.web.CommandRequests.Extension;
import io.dunning.cases.web.CommandRequests.FollowUp;
import io.dunning.cases.web.CommandRequests.Instalment;
import io.dunning.cases.web.CommandRequests.PenaltyWaiver;
import io.dunning.cases.web.CommandRequests.PromiseToPay;
import io.dunning.cases.web.CommandRequests.RepaymentPlan;
import io.dunning.cases.web.CommandRequests.RiskMeasureTaken;
import io.dunning.cases.web.CommandRequests.RiskReview;
import io.dunning.cases.web.CommandRequests.Segment;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import io.dunning.platform.security.Caller;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The collector's commands on a case (DESIGN.md 7): contacts, promises, plans, segment, risk, hardship relief.
 * Each maps to one aggregate command. The acting user is the bearer token's subject ({@link Caller}); who may call
 * what is the role matrix (docs/security.md, {@code CaseAccessRules}); {@code If-Match} (optional) is the case's
 * ETag from {@code GET /cases/{caseId}}: a stale one is 412. Answers 201/202 with the case's new version.
 */
@RestController
@RequestMapping("/cases/{caseId}")
class CaseCommandController {

    static final String IF_MATCH = "If-Match";

    private final CaseCommands commands;

    CaseCommandController(CaseCommands commands) {
        this.commands = commands;
    }

    /** R4.1-R4.3, R6.3, R6.4; a promise agreed becomes a PromiseMade (R5.1). */
    @PostMapping("/contacts")
    Mono<ResponseEntity<CommandAccepted>> recordContact(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Contact r) {
        return commands.created(caseId, ifMatch, caller, r.contactId(), a -> new RecordContact(a.caseId(), a.id(),
                r.channel(), r.occurredAt(), r.place(), r.participants().stream().map(UserId::new).toList(),
                new PartyId(r.partyId()), r.partyKind(), r.pointsMade(), r.customerReaction(), r.agreement(),
                r.promise() == null ? null : r.promise().amount(), r.promise() == null ? null : r.promise().dueDate(),
                r.recordingRef(), r.photoRefs() == null ? List.of() : r.photoRefs(), a.user()));
    }

    /** R5.1. */
    @PostMapping("/promises")
    Mono<ResponseEntity<CommandAccepted>> recordPromise(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PromiseToPay r) {
        return commands.created(caseId, ifMatch, caller, r.promiseId(),
                a -> new RecordPromise(a.caseId(), a.id(), r.amount(), r.dueDate(), a.user()));
    }

    /** R5.2, R5.3. */
    @PostMapping("/plans")
    Mono<ResponseEntity<CommandAccepted>> agreePlan(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RepaymentPlan r) {
        return commands.created(caseId, ifMatch, caller, r.planId(), a -> new AgreeRepaymentPlan(a.caseId(), a.id(),
                r.instalments().stream().map(Instalment::toPlanInstalment).toList(), r.hardshipReason(), a.user()));
    }

    /** RULEBOOK section 7. */
    @PostMapping("/segment")
    Mono<ResponseEntity<CommandAccepted>> assignSegment(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Segment r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new AssignSegment(a.caseId(), r.segment(), r.reason(), a.user()));
    }

    /** RULEBOOK section 8. */
    @PostMapping("/risk-measures")
    Mono<ResponseEntity<CommandAccepted>> recordRiskMeasure(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RiskMeasureTaken r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new RecordRiskMeasure(a.caseId(), r.measure(), r.note(), a.user()));
    }

    /** R1.2: the risk information looked up. */
    @PostMapping("/risk-reviews")
    Mono<ResponseEntity<CommandAccepted>> reviewRiskInformation(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RiskReview r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new ReviewRiskInformation(a.caseId(), r.summary(), a.user()));
    }

    /** R1.2. */
    @PostMapping("/arrears-reason")
    Mono<ResponseEntity<CommandAccepted>> recordArrearsReason(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ArrearsReason r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new RecordArrearsReason(a.caseId(), r.reason(), a.user()));
    }

    /** R1.2. */
    @PostMapping("/follow-ups")
    Mono<ResponseEntity<CommandAccepted>> planFollowUp(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody FollowUp r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new PlanFollowUp(a.caseId(), r.dueOn(), r.action(), a.user()));
    }

    /** R5.3. */
    @PostMapping("/extensions")
    Mono<ResponseEntity<CommandAccepted>> grantExtension(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Extension r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new GrantExtension(a.caseId(), r.extendedTo(), r.hardshipReason(), a.user()));
    }

    /** R5.3. */
    @PostMapping("/penalty-waivers")
    Mono<ResponseEntity<CommandAccepted>> waivePenalty(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PenaltyWaiver r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new WaivePenalty(a.caseId(), r.amount(), r.hardshipReason(), a.user()));
    }
}
