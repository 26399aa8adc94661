-- Type-specific fields of a timeline entry that have no column of their own (a contact's place, participants,
-- points made and agreement; a conduct refusal's rule and next allowed time; a complaint's id; ...), as JSON.
-- party_id is the reference of the party an entry concerns (never personal data).
ALTER TABLE timeline_entry ADD COLUMN party_id TEXT;
ALTER TABLE timeline_entry ADD COLUMN details JSONB;
CREATE INDEX timeline_entry_party ON timeline_entry (party_id);

-- Parties whose personal data was erased (PartyErased): every entry naming them reads as erased.
CREATE TABLE erased_party (
    party_id  TEXT PRIMARY KEY,
    erased_at TIMESTAMPTZ NOT NULL
);
