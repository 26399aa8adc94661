package io.dunning.cases.web;

import io.dunning.cases.party.PartyDirectory;
import io.dunning.cases.party.PartyView;
import io.dunning.cases.party.Role;
import io.dunning.events.common.PartyId;
import io.dunning.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Obligors' personal data (RULEBOOK R6.6, R6.7; DESIGN.md 3): masked for every role, revealed with a reason to
 * COLLECTOR and SUPERVISOR only (every reveal audited), the reveal trail for AUDITOR, erasure (crypto-shredding)
 * by SUPERVISOR. The caller is the bearer token's subject and roles ({@link Caller}); the role matrix
 * (docs/security.md) already keeps the other roles out, and the directory checks the role again.
 */
@RestController
class PartyController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_REASON = 1000;

    private final PartyDirectory parties;

    PartyController(PartyDirectory parties) {
        this.parties = parties;
    }

    /** @param reason why the caller needs the clear data (required); @param caseId the case it is for (UUID, optional) */
    record RevealRequest(String reason, String caseId) {
    }

    record RevealResponse(String revealId, String partyId, String name, String idNumber, String phone,
                          String address, long version, Instant revealedAt) {
    }

    @GetMapping("/parties/{partyId}")
    Mono<PartyView> view(@PathVariable String partyId) {
        return blocking(() -> parties.view(party(partyId)));
    }

    @PostMapping("/parties/{partyId}/reveal")
    Mono<RevealResponse> reveal(@PathVariable String partyId, @RequestBody(required = false) RevealRequest body,
                                Caller token) {
        return blocking(() -> {
            Role caller = role(token, Role::mayReveal);
            String user = user(token.subject());
            PartyId party = party(partyId);
            require(body != null, "body", "a JSON body with a reason is required");
            require(body.reason() != null && !body.reason().isBlank(), "reason", "reason must not be blank");
            require(body.reason().length() <= MAX_REASON, "reason", "reason must be at most " + MAX_REASON + " characters");
            require(body.caseId() == null || isUuid(body.caseId()), "caseId", "caseId must be a UUID");
            var revealed = parties.reveal(party, user, caller, body.reason().strip(), body.caseId());
            PartyView v = revealed.party();
            return new RevealResponse(revealed.record().revealId(), v.partyId(), v.name(), v.idNumber(), v.phone(),
                    v.address(), v.version(), revealed.record().revealedAt());
        });
    }

    @DeleteMapping("/parties/{partyId}")
    Mono<ResponseEntity<Void>> erase(@PathVariable String partyId,
                                     Caller token) {
        return blocking(() -> {
            Role caller = role(token, Role.SUPERVISOR::equals);
            parties.erase(party(partyId), user(token.subject()), caller);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    @GetMapping("/audit/personal-data-reveals")
    Mono<PartyDirectory.AuditPage> reveals(@RequestParam(required = false) String partyId,
                                           @RequestParam(required = false) String page,
                                           @RequestParam(required = false) String size,
                                           Caller token) {
        return blocking(() -> {
            Role caller = role(token, Role.AUDITOR::equals);
            int p = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
            int s = number("size", size, 20, 1, MAX_PAGE_SIZE);
            String filter = partyId == null || partyId.isBlank() ? null : party(partyId).value();
            return parties.reveals(caller, filter, p, s);
        });
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    /** The caller's role for the party store: the {@code wanted} one if the token holds it (it may hold several). */
    private static Role role(Caller token, Predicate<Role> wanted) {
        List<Role> held = token.roles().stream().map(role -> Role.valueOf(role.name())).sorted().toList();
        require(!held.isEmpty(), "roles", "the token carries no role");
        return held.stream().filter(wanted).findFirst().orElse(held.get(0));
    }

    private static String user(String value) {
        require(value != null && !value.isBlank(), "sub", "the token's subject must not be blank");
        require(value.length() <= 255, "sub", "the token's subject must be at most 255 characters");
        return value.strip();
    }

    private static PartyId party(String value) {
        require(value != null && !value.isBlank() && value.length() <= 255, "partyId",
                "partyId must be 1 to 255 characters");
        return new PartyId(value.strip());
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            require(n >= min && n <= max, field, field + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, field + " must be a whole number");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidRequestException(field, message);
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
