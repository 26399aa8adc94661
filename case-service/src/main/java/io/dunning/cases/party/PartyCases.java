package io.dunning.cases.party;

import io.dunning.cases.collection.RecordPartyErased;
import io.dunning.cases.collection.RecordPersonalDataRevealed;
import io.dunning.cases.config.ProcessorConfig;
import io.dunning.cases.dispatch.TimedCommandSender;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cases a party is an obligor of ({@code party_case}, written with CaseOpened by the subscribing processor
 * {@value ProcessorConfig#OPEN_CASE_LOOKUP}, in the command's transaction), and the recording on them of what
 * happened to the party's personal data (PersonalDataRevealed, PartyErased). Called inside the transaction that
 * reads or erases the data, so the case events, the audit row and the data access commit together or not at all.
 * <p>
 * A party on several cases (a guarantor of two loans, a borrower whose loan fell overdue again): a reveal for a
 * named case is recorded on that case only; a reveal naming no case, and an erasure, on every case of the party.
 */
@Component
@ProcessingGroup(ProcessorConfig.OPEN_CASE_LOOKUP)
public class PartyCases {

    private final JdbcTemplate jdbc;
    private final TimedCommandSender commands;

    PartyCases(JdbcTemplate jdbc, TimedCommandSender commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(CaseOpened event) {
        for (Obligor obligor : event.obligors()) {
            jdbc.update("INSERT INTO party_case (party_id, case_id, loan_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    obligor.partyId().value(), event.caseId().value(), event.loanId().value());
        }
    }

    /** The cases of the party, by case id. */
    public List<CaseId> casesOf(PartyId partyId) {
        return jdbc.queryForList("SELECT case_id FROM party_case WHERE party_id = ? ORDER BY case_id", String.class,
                partyId.value()).stream().map(CaseId::new).toList();
    }

    /** Records the reveal on its case, or on every case of the party when it named none; the cases recorded on. */
    List<CaseId> revealed(RevealRecord r) {
        PartyId party = new PartyId(r.partyId());
        List<CaseId> cases = r.caseId() == null ? casesOf(party) : List.of(new CaseId(r.caseId()));
        cases.forEach(caseId -> commands.sendAndWait(new RecordPersonalDataRevealed(caseId, r.revealId(), party,
                new UserId(r.revealedBy()), r.role().name(), r.reason(), r.revealedAt())));
        return cases;
    }

    /** Records the erasure on every case of the party; the cases recorded on. */
    List<CaseId> erased(PartyId partyId, String erasedBy, Instant at) {
        List<CaseId> cases = casesOf(partyId);
        cases.forEach(caseId -> commands.sendAndWait(new RecordPartyErased(caseId, partyId, new UserId(erasedBy), at)));
        return cases;
    }

    /** Whether the party is an obligor of the case. */
    boolean onCase(PartyId partyId, String caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM party_case WHERE party_id = ?"
                + " AND case_id = ?)", Boolean.class, partyId.value(), caseId));
    }
}
