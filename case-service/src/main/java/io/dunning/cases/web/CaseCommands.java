package io.dunning.cases.web;

import io.dunning.cases.config.CommandVersionConfig;
import io.dunning.cases.web.CommandRequests.CommandAccepted;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import io.dunning.platform.security.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.reactor.commandhandling.gateway.ReactorCommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends one aggregate command for a REST call: checks the path's case id, the acting user (the token's subject) and
 * {@code If-Match}, dispatches through Axon's reactor gateway on the bounded-elastic scheduler (the command bus is
 * synchronous and JDBC-bound), times it ({@code dunning_command_latency_seconds}) and answers with the case's
 * version after it.
 */
@Component
class CaseCommands {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern USER = Pattern.compile(CommandRequests.ID);

    private final ReactorCommandGateway gateway;
    private final EventStore eventStore;
    private final MeterRegistry meterRegistry;

    CaseCommands(ReactorCommandGateway gateway, EventStore eventStore, MeterRegistry meterRegistry) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.meterRegistry = meterRegistry;
    }

    /** A command that changes the case: 202 Accepted. */
    Mono<ResponseEntity<CommandAccepted>> accepted(String caseId, String ifMatch, Caller caller,
                                                   Function<Actor, Object> command) {
        return send(caseId, ifMatch, caller, null, HttpStatus.ACCEPTED, command);
    }

    /** A command that creates something on the case named by {@code id} (or a new UUID): 201 Created. */
    Mono<ResponseEntity<CommandAccepted>> created(String caseId, String ifMatch, Caller caller, String id,
                                                  Function<Actor, Object> command) {
        String assigned = id != null ? id : UUID.randomUUID().toString();
        return send(caseId, ifMatch, caller, assigned, HttpStatus.CREATED, command);
    }

    private Mono<ResponseEntity<CommandAccepted>> send(String caseId, String ifMatch, Caller caller, String id,
                                                       HttpStatus status, Function<Actor, Object> command) {
        return Mono.defer(() -> {
            Actor actor = new Actor(caseId(caseId), user(caller), id);
            Long expected = expectedVersion(ifMatch);
            Object payload = command.apply(actor);
            MetaData metaData = expected == null ? MetaData.emptyInstance()
                    : MetaData.from(Map.of(CommandVersionConfig.EXPECTED_VERSION, expected));
            Timer.Sample sample = Timer.start(meterRegistry);
            return gateway.send(GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData))
                    .then(Mono.fromCallable(() -> eventStore.lastSequenceNumberFor(caseId).orElse(-1L)))
                    .doOnSuccess(v -> stop(sample, payload, "success"))
                    .doOnError(e -> stop(sample, payload, "failure"))
                    .map(version -> ResponseEntity.status(status).eTag("\"" + version + "\"")
                            .body(new CommandAccepted(caseId, id, version)));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private void stop(Timer.Sample sample, Object command, String outcome) {
        sample.stop(Timer.builder("dunning.command.latency")
                .description("Time to handle a command, events appended")
                .tag("command", command.getClass().getSimpleName())
                .tag("outcome", outcome)
                .register(meterRegistry));
    }

    static CaseId caseId(String caseId) {
        try {
            if (UUID.fromString(caseId).toString().equalsIgnoreCase(caseId)) {
                return new CaseId(caseId);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidRequestException("caseId", "caseId must be a UUID");
    }

    /** The acting user: the bearer token's subject, which must be a user id as the events record it. */
    private static UserId user(Caller caller) {
        if (caller.subject() == null || !USER.matcher(caller.subject()).matches()) {
            throw new InvalidRequestException("sub", "the token's subject must be a user id (" + CommandRequests.ID + ")");
        }
        return new UserId(caller.subject());
    }

    /** {@code If-Match: "<version>"} (a weak or unquoted version is read the same); absent or {@code *}: any. */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidRequestException("If-Match", "If-Match must be the case's ETag, e.g. \"12\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Who acts on which case, and the id assigned to what the command creates. */
    record Actor(CaseId caseId, UserId user, String id) {
    }
}
