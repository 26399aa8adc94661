package io.dunning.contact.timeline;

import io.dunning.events.common.TypedId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one event contributes to the timeline: a new entry, or (with a {@code key}) a new entry or an update of the
 * entry with that key. Fields left null keep the stored value on update. {@code details} holds the type-specific
 * fields without a column of their own (merged into the stored ones on update); {@code party} the reference of the
 * party the entry concerns.
 */
final class EntryDraft {

    String key;
    String caseId;
    String loanId;
    EntryType type;
    Instant occurredAt;
    String summary;
    String step;
    String channel;
    String letterType;
    String letterNumber;
    String recipientRole;
    String branchId;
    String waybill;
    EntryStatus status;
    String evidenceRef;
    BigDecimal amount;
    LocalDate dueDate;
    String party;
    final Map<String, Object> details = new LinkedHashMap<>();

    EntryDraft(String caseId, String loanId, EntryType type, Instant occurredAt, String summary) {
        this.caseId = caseId;
        this.loanId = loanId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.summary = summary;
    }

    EntryDraft key(String value) {
        this.key = value;
        return this;
    }

    EntryDraft status(EntryStatus value) {
        this.status = value;
        return this;
    }

    EntryDraft amount(BigDecimal value, LocalDate date) {
        this.amount = value;
        this.dueDate = date;
        return this;
    }

    EntryDraft letter(String type, String number, String role, String branch) {
        this.letterType = type;
        this.letterNumber = number;
        this.recipientRole = role;
        this.branchId = branch;
        return this;
    }

    EntryDraft dispatch(String ladderStep, String dispatchChannel, String waybillNumber, String evidence) {
        this.step = ladderStep;
        this.channel = dispatchChannel;
        this.waybill = waybillNumber;
        this.evidenceRef = evidence;
        return this;
    }

    EntryDraft party(Object reference) {
        this.party = reference == null ? null : reference.toString();
        return this;
    }

    /** A type-specific field; a null value is left out, ids, enums and times are written as their text. */
    EntryDraft detail(String name, Object value) {
        if (value != null) {
            details.put(name, value instanceof Collection<?> values
                    ? values.stream().map(EntryDraft::plain).toList() : plain(value));
        }
        return this;
    }

    private static Object plain(Object value) {
        boolean text = value instanceof Enum<?> || value instanceof TypedId || value instanceof Temporal;
        return text ? value.toString() : value;
    }
}
