package io.dunning.cases.web;

import static io.dunning.cases.web.CaseCommandController.IF_MATCH;

import io.dunning.cases.collection.ApproveExemption;
import io.dunning.cases.collection.FileLitigation;
import io.dunning.cases.collection.RejectExemption;
import io.dunning.cases.collection.RequestExemption;
import io.dunning.cases.web.CommandRequests.CommandAccepted;
import io.dunning.cases.web.CommandRequests.ExemptionRejection;
import io.dunning.cases.web.CommandRequests.ExemptionRequest;
import io.dunning.cases.web.CommandRequests.Instalment;
import io.dunning.cases.web.CommandRequests.Litigation;
import io.dunning.platform.security.Caller;
import io.dunning.platform.security.Role;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The legal track of a case (RULEBOOK section 2): exemption from litigation requested, approved or rejected, and
 * litigation filed. Same conventions as {@link CaseCommandController}.
 */
@RestController
@RequestMapping("/cases/{caseId}")
class LegalCommandController {

    private final CaseCommands commands;

    LegalCommandController(CaseCommands commands) {
        this.commands = commands;
    }

    /** R2.1. */
    @PostMapping("/exemption")
    Mono<ResponseEntity<CommandAccepted>> requestExemption(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ExemptionRequest r) {
        return commands.created(caseId, ifMatch, caller, r.exemptionId(), a -> new RequestExemption(a.caseId(), a.id(),
                r.reason(), r.plan().stream().map(Instalment::toPlanInstalment).toList(), a.user()));
    }

    /**
     * R2.2. Only RISK_APPROVER reaches here (docs/security.md); the approver is the token's subject and the aggregate
     * refuses one who is the requester (four eyes: an ExemptionApprovalRefused event). No body.
     */
    @PostMapping("/exemption/{exemptionId}/approval")
    Mono<ResponseEntity<CommandAccepted>> approveExemption(@PathVariable("caseId") String caseId,
            @PathVariable("exemptionId") String exemptionId, Caller caller,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new ApproveExemption(a.caseId(), exemptionId, a.user(), caller.has(Role.RISK_APPROVER)));
    }

    /** R2.2. */
    @PostMapping("/exemption/{exemptionId}/rejection")
    Mono<ResponseEntity<CommandAccepted>> rejectExemption(@PathVariable("caseId") String caseId,
            @PathVariable("exemptionId") String exemptionId, Caller caller,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ExemptionRejection r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new RejectExemption(a.caseId(), exemptionId, a.user(), r.reason()));
    }

    /** R2.4. */
    @PostMapping("/litigation")
    Mono<ResponseEntity<CommandAccepted>> fileLitigation(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Litigation r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new FileLitigation(a.caseId(), r.court(), r.courtCaseReference(), r.filedOn(), a.user()));
    }
}
