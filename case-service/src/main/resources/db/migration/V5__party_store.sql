-- The party store (DESIGN.md 3): obligors' personal data, encrypted per party, never in events.
-- One random AES-256 data key per party, stored wrapped by the master key (dunning.case.party.master-key).
-- Erasure (crypto-shredding) sets wrapped_key to NULL: the party's ciphertext stays but can never be read again.
CREATE TABLE party_key (
    party_id    VARCHAR(255)             NOT NULL,
    wrapped_key BYTEA,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    erased_at   TIMESTAMP WITH TIME ZONE,
    erased_by   VARCHAR(255),
    CONSTRAINT party_key_pk PRIMARY KEY (party_id),
    CONSTRAINT party_key_erased_ck CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);

-- personal_data: AES-256-GCM (12-byte IV || ciphertext || tag) of name, identity number, phone, address.
-- The latest report (as_of) wins; version counts the changes.
CREATE TABLE party (
    party_id        VARCHAR(255)             NOT NULL,
    personal_data   BYTEA                    NOT NULL,
    as_of           DATE                     NOT NULL,
    version         BIGINT                   NOT NULL,
    source_event_id VARCHAR(255)             NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT party_pk PRIMARY KEY (party_id),
    CONSTRAINT party_key_fk FOREIGN KEY (party_id) REFERENCES party_key (party_id)
);

-- PersonalDataRevealed: every reveal of personal data (who, whom, why, when, for which case); append-only.
CREATE TABLE reveal_audit (
    reveal_id   VARCHAR(36)              NOT NULL,
    party_id    VARCHAR(255)             NOT NULL,
    case_id     VARCHAR(255),
    revealed_by VARCHAR(255)             NOT NULL,
    role        VARCHAR(32)              NOT NULL,
    reason      TEXT                     NOT NULL,
    revealed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reveal_audit_pk PRIMARY KEY (reveal_id)
);
CREATE INDEX reveal_audit_party_idx ON reveal_audit (party_id, revealed_at DESC);
CREATE INDEX reveal_audit_time_idx ON reveal_audit (revealed_at DESC);
