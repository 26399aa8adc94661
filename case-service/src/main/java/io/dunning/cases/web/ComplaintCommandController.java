package io.dunning.cases.web;

import static io.dunning.cases.web.CaseCommandController.IF_MATCH;

import io.dunning.cases.collection.CloseComplaint;
import io.dunning.cases.collection.HandleComplaint;
import io.dunning.cases.collection.RecordComplaint;
import io.dunning.cases.web.CommandRequests.CommandAccepted;
import io.dunning.cases.web.CommandRequests.Complaint;
import io.dunning.cases.web.CommandRequests.ComplaintClosing;
import io.dunning.cases.web.CommandRequests.ComplaintHandling;
import io.dunning.platform.security.Caller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Complaints about a case (R6.8): recorded, handled, closed; each an event in the case's history. */
@RestController
@RequestMapping("/cases/{caseId}/complaints")
class ComplaintCommandController {

    private final CaseCommands commands;

    ComplaintCommandController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    Mono<ResponseEntity<CommandAccepted>> recordComplaint(@PathVariable("caseId") String caseId,
            Caller caller, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Complaint r) {
        return commands.created(caseId, ifMatch, caller, r.complaintId(), a -> new RecordComplaint(a.caseId(), a.id(),
                r.channel(), r.summary(), r.receivedAt(), a.user()));
    }

    @PostMapping("/{complaintId}/handling")
    Mono<ResponseEntity<CommandAccepted>> handleComplaint(@PathVariable("caseId") String caseId,
            @PathVariable("complaintId") String complaintId, Caller caller,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ComplaintHandling r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new HandleComplaint(a.caseId(), complaintId, r.actionTaken(), a.user()));
    }

    @PostMapping("/{complaintId}/closing")
    Mono<ResponseEntity<CommandAccepted>> closeComplaint(@PathVariable("caseId") String caseId,
            @PathVariable("complaintId") String complaintId, Caller caller,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody ComplaintClosing r) {
        return commands.accepted(caseId, ifMatch, caller,
                a -> new CloseComplaint(a.caseId(), complaintId, r.outcome(), a.user()));
    }
}
