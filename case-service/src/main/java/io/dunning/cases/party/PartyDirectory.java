package io.dunning.cases.party;

import io.dunning.events.common.PartyId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may see which personal data (RULEBOOK R6.6, R6.7): masked views for every role; a reveal only for a role
 * that {@link Role#mayReveal() may}, with a reason, recorded in {@code reveal_audit} and as PersonalDataRevealed
 * on the party's case(s) ({@link PartyCases}) in the transaction that reads the data; the audit trail for auditors;
 * erasure (crypto-shredding) by a supervisor, recorded as PartyErased on every case of the party. Logs name the
 * party and case only. Metrics: {@code dunning.party.reveals} (role, outcome), {@code dunning.party.erasures}.
 */
@Service
public class PartyDirectory {

    private static final Logger log = LoggerFactory.getLogger(PartyDirectory.class);

    private final PartyStore store;
    private final RevealAudit audit;
    private final PartyCases cases;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;

    PartyDirectory(PartyStore store, RevealAudit audit, PartyCases cases, TransactionTemplate transaction,
                   MeterRegistry meters, ObjectProvider<Clock> clock) {
        this.store = store;
        this.audit = audit;
        this.cases = cases;
        this.transaction = transaction;
        this.meters = meters;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The masked view, for any role. */
    public PartyView view(PartyId partyId) {
        StoredParty party = find(partyId);
        return party.erased() ? PartyView.erased(party) : PartyView.of(party, Masking.mask(store.decrypt(party)), true);
    }

    /** A page of the reveal trail, newest first. */
    public record AuditPage(int page, int size, long total, List<RevealRecord> items) {
    }

    /** The clear values, recorded first; refused (and counted) for a role that may not see them. */
    public Revealed reveal(PartyId partyId, String userId, Role role, String reason, String caseId) {
        if (!role.mayReveal()) {
            count(role, "forbidden");
            log.warn("Reveal of party {} for case {} refused to role {}", partyId, caseId, role);
            throw new PartyAccessException(PartyAccessException.Kind.FORBIDDEN,
                    "role " + role + " may not see personal data unmasked");
        }
        Revealed revealed = transaction.execute(status -> {
            StoredParty party = find(partyId);
            if (party.erased()) {
                count(role, "erased");
                throw new PartyAccessException(PartyAccessException.Kind.ERASED,
                        "party " + partyId + " was erased; its personal data no longer exists");
            }
            if (caseId != null && !cases.onCase(partyId, caseId)) {
                throw new PartyAccessException(PartyAccessException.Kind.NOT_ON_CASE,
                        "party " + partyId + " is no obligor of case " + caseId);
            }
            PersonalData data = store.decrypt(party);
            RevealRecord record = new RevealRecord(UUID.randomUUID().toString(), partyId.value(), caseId, userId,
                    role, reason, clock.instant());
            audit.append(record);
            cases.revealed(record);
            return new Revealed(record, PartyView.of(party, data, false));
        });
        count(role, "revealed");
        log.info("Personal data of party {} revealed for case {} (reveal {})", partyId, caseId,
                revealed.record().revealId());
        return revealed;
    }

    /** A reveal: the audit record written and the clear view. */
    public record Revealed(RevealRecord record, PartyView party) {
    }

    /** Crypto-shredding, SUPERVISOR only; erasing an erased party again changes nothing. */
    public void erase(PartyId partyId, String userId, Role role) {
        if (role != Role.SUPERVISOR) {
            throw new PartyAccessException(PartyAccessException.Kind.FORBIDDEN, "only a SUPERVISOR may erase a party");
        }
        Instant at = clock.instant();
        Boolean erased = transaction.execute(status -> {
            find(partyId);
            boolean destroyed = store.destroyKey(partyId, userId, at);
            if (destroyed) {
                cases.erased(partyId, userId, at);
            }
            return destroyed;
        });
        if (Boolean.TRUE.equals(erased)) {
            meters.counter("dunning.party.erasures").increment();
            log.info("Party {} erased: its data key is destroyed", partyId);
        }
    }

    /** The reveal trail, AUDITOR only. */
    public AuditPage reveals(Role role, String partyId, int page, int size) {
        if (role != Role.AUDITOR) {
            throw new PartyAccessException(PartyAccessException.Kind.FORBIDDEN, "only an AUDITOR may read the trail");
        }
        return new AuditPage(page, size, audit.count(partyId), audit.page(partyId, page, size));
    }

    private StoredParty find(PartyId partyId) {
        return store.find(partyId).orElseThrow(() -> new PartyAccessException(
                PartyAccessException.Kind.UNKNOWN_PARTY, "no party " + partyId));
    }

    private void count(Role role, String outcome) {
        meters.counter("dunning.party.reveals", "role", role.name(), "outcome", outcome).increment();
    }
}
