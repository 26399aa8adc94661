-- Which cases a party is an obligor of, so that a reveal or an erasure of the party's personal data is recorded
-- on its cases (PersonalDataRevealed, PartyErased). Written by the subscribing processor open-case-lookup in the
-- transaction of CaseOpened; the rows of cases opened before this table existed are taken from the event store.
-- (Numbered 5.1 so that it cannot collide with the next whole-numbered migration of another change.)
CREATE TABLE party_case (
    party_id VARCHAR(255) NOT NULL,
    case_id  VARCHAR(255) NOT NULL,
    loan_id  VARCHAR(255) NOT NULL,
    CONSTRAINT party_case_pk PRIMARY KEY (party_id, case_id)
);

INSERT INTO party_case (party_id, case_id, loan_id)
SELECT DISTINCT COALESCE(o -> 'partyId' ->> 'value', o ->> 'partyId'),
       e.aggregate_identifier,
       COALESCE(p -> 'loanId' ->> 'value', p ->> 'loanId')
FROM domain_event_entry e
CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS p) payload
CROSS JOIN LATERAL jsonb_array_elements(payload.p -> 'obligors') o
WHERE e.payload_type = 'io.dunning.events.cases.CaseOpened'
ON CONFLICT DO NOTHING;
