-- Idempotent consumers: every processed message id, written in the same transaction as its effect (DESIGN.md 4).
CREATE TABLE processed_message (
    consumer     VARCHAR(100) NOT NULL,
    message_id   VARCHAR(255) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT processed_message_pk PRIMARY KEY (consumer, message_id)
);

-- Never twice (R1.10): one dispatch per (case, ladder step, recipient). A new overdue episode is a new case.
-- Claimed with INSERT ... ON CONFLICT DO NOTHING in the transaction that issues the letter.
CREATE TABLE notice_dispatch (
    case_id       VARCHAR(255) NOT NULL,
    step          VARCHAR(64)  NOT NULL,
    recipient_id  VARCHAR(255) NOT NULL,
    letter_number VARCHAR(64),
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT notice_dispatch_pk PRIMARY KEY (case_id, step, recipient_id),
    CONSTRAINT notice_dispatch_letter_number_uk UNIQUE (letter_number)
);

-- Letter numbers (函号, R3.1): gap-free per branch and year. The row is locked by the upsert that increments it
-- and the increment rolls back with the letter's transaction.
CREATE TABLE letter_number_sequence (
    branch_id  VARCHAR(64) NOT NULL,
    year       INTEGER     NOT NULL,
    last_value BIGINT      NOT NULL,
    CONSTRAINT letter_number_sequence_pk PRIMARY KEY (branch_id, year)
);

-- The archive of a letter (R3.4) and the read model of GET /letters: the kept copy, then the evidence of the
-- courier (waybill, delivery proof, returned item) and the mailing list, filled from the Letter's events by the
-- subscribing processor letter-archive, in the transaction of the event.
CREATE TABLE letter_archive (
    letter_number     VARCHAR(64)  NOT NULL,
    case_id           VARCHAR(255) NOT NULL,
    loan_id           VARCHAR(255) NOT NULL,
    step              VARCHAR(64)  NOT NULL,
    letter_type       VARCHAR(64)  NOT NULL,
    recipient_id      VARCHAR(255) NOT NULL,
    recipient_role    VARCHAR(32)  NOT NULL,
    branch_id         VARCHAR(64)  NOT NULL,
    issued_on         DATE         NOT NULL,
    payment_deadline  DATE         NOT NULL,
    state             VARCHAR(32)  NOT NULL,
    kept_copy_pdf     BYTEA        NOT NULL,
    waybill           VARCHAR(128),
    dispatched_at     TIMESTAMP WITH TIME ZONE,
    delivery_proof_ref VARCHAR(255),
    delivered_at      TIMESTAMP WITH TIME ZONE,
    returned_item_ref VARCHAR(255),
    return_reason     VARCHAR(255),
    returned_at       TIMESTAMP WITH TIME ZONE,
    mailing_list_id   VARCHAR(128),
    cancel_reason     VARCHAR(255),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT letter_archive_pk PRIMARY KEY (letter_number)
);
CREATE INDEX letter_archive_case_idx ON letter_archive (case_id, letter_number);
CREATE INDEX letter_archive_state_idx ON letter_archive (state);
