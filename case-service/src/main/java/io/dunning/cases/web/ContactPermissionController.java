package io.dunning.cases.web;

import io.dunning.cases.collection.CheckContactPermission;
import io.dunning.cases.conduct.ContactDecision;
import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.dispatch.TimedCommandSender;
import io.dunning.events.cases.ConductChannel;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import io.dunning.platform.security.Caller;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /contact-permissions} (DESIGN.md 7): may this party be contacted on this channel now? Decided and
 * recorded by the case (ContactPermitted / ContactRefused) under the contact profile in force (RULEBOOK section 6).
 * {@code at} defaults to now by the injected {@link Clock}; the acting user is the bearer token's subject.
 */
@RestController
class ContactPermissionController {

    private final TimedCommandSender commands;
    private final ContactProfile profile;
    private final ContactRefusals refusals;
    private final Clock clock;

    ContactPermissionController(TimedCommandSender commands, ContactProfile profile, ContactRefusals refusals,
                                ObjectProvider<Clock> clock) {
        this.commands = commands;
        this.profile = profile;
        this.refusals = refusals;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * @param caseId   the case (UUID)
     * @param partyId  whom: an obligor of the case or a third party
     * @param channel  CALL, VISIT or SMS
     * @param timeZone the party's IANA time zone, e.g. Asia/Shanghai
     * @param at       ISO-8601 instant with offset; now if absent
     * @param contactPoint the contact number's reference; the primary one if absent
     */
    record Request(String caseId, String partyId, String channel, String timeZone, String at, String contactPoint) {
    }

    /** permitted, or refused with the rule, its reason and the next allowed time; always the profile decided by. */
    record Answer(boolean permitted, Boolean mayDiscloseDebt, String rule, String reason, Instant nextAllowedAt,
                  String profile, String policyVersion) {
    }

    @PostMapping("/contact-permissions")
    Mono<Answer> check(@RequestBody Request body, Caller caller) {
        return Mono.fromCallable(() -> command(body, caller.subject()))
                .publishOn(Schedulers.boundedElastic())
                .map(command -> answer(commands.<ContactDecision>sendAndWait(command)))
                .onErrorMap(AggregateNotFoundException.class, e -> new CaseNotFoundException(body.caseId()));
    }

    private CheckContactPermission command(Request body, String userId) {
        if (body == null) {
            throw new InvalidRequestException("body", "a JSON body is required");
        }
        require(userId != null && !userId.isBlank(), "sub", "the token's subject must not be blank");
        require(isUuid(body.caseId()), "caseId", "caseId must be a UUID");
        require(body.partyId() != null && !body.partyId().isBlank(), "partyId", "partyId must not be blank");
        return new CheckContactPermission(new CaseId(body.caseId()), new PartyId(body.partyId().strip()),
                channel(body.channel()), zone(body.timeZone()), at(body.at()), body.contactPoint(),
                new UserId(userId.strip()));
    }

    private Answer answer(ContactDecision decision) {
        if (decision instanceof ContactDecision.Refused refused) {
            refusals.refused(refused.rule());
            return new Answer(false, null, refused.rule(), refused.reason(), refused.nextAllowedAt(), profile.name(),
                    profile.version());
        }
        var permitted = (ContactDecision.Permitted) decision;
        return new Answer(true, permitted.mayDiscloseDebt(), null, null, null, profile.name(), profile.version());
    }

    private static ConductChannel channel(String value) {
        require(value != null && !value.isBlank(), "channel", "channel must be one of " + channels());
        try {
            return ConductChannel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("channel", "channel must be one of " + channels() + ", not " + value);
        }
    }

    private static ZoneId zone(String value) {
        require(value != null && !value.isBlank(), "timeZone", "timeZone must be an IANA zone id, e.g. Asia/Shanghai");
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", "timeZone must be an IANA zone id, not " + value);
        }
    }

    private Instant at(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException("at", "at must be an ISO-8601 date-time with offset, not " + value);
        }
    }

    private static String channels() {
        return Arrays.toString(ConductChannel.values());
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidRequestException(field, message);
        }
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
