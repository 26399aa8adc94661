-- Ids of the Kafka records already applied, written in the transaction of their projection writes.
CREATE TABLE processed_message (
    consumer     TEXT        NOT NULL,
    message_id   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);

-- One row per case: its current state, for the worklist and the reports.
CREATE TABLE contact_case (
    case_id               TEXT PRIMARY KEY,
    loan_id               TEXT    NOT NULL,
    customer_id           TEXT,
    branch_id             TEXT,
    status                TEXT,            -- OPEN, CURED, CLOSED; NULL until CaseOpened arrived
    close_reason          TEXT,
    days_past_due         INT     NOT NULL DEFAULT 0,
    dpd_bucket            TEXT,
    amount_overdue        NUMERIC(19, 2) NOT NULL DEFAULT 0,
    principal_outstanding NUMERIC(19, 2),
    opened_on             DATE,
    promises_made         INT     NOT NULL DEFAULT 0,
    promises_kept         INT     NOT NULL DEFAULT 0,
    promises_broken       INT     NOT NULL DEFAULT 0,
    letters_returned      INT     NOT NULL DEFAULT 0,
    updated_at            TIMESTAMPTZ
);
CREATE INDEX contact_case_customer ON contact_case (customer_id);
CREATE INDEX contact_case_open ON contact_case (status, branch_id);

-- The state of a case at the end of each month (DPD bucket, CURED or CLOSED), for the roll rates.
CREATE TABLE case_month_state (
    case_id TEXT NOT NULL,
    month   DATE NOT NULL,               -- first day of the month
    state   TEXT NOT NULL,
    as_of   DATE NOT NULL,
    PRIMARY KEY (case_id, month)
);

-- The contact timeline. A dispatch (letter or reminder) and a promise are ONE entry each, found again by
-- entry_key and updated as their status moves on (version counts the updates).
CREATE TABLE timeline_entry (
    id              BIGSERIAL PRIMARY KEY,
    entry_key       TEXT UNIQUE,
    case_id         TEXT        NOT NULL,
    loan_id         TEXT        NOT NULL,
    type            TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         INT         NOT NULL DEFAULT 1,
    summary         TEXT        NOT NULL,
    step            TEXT,
    channel         TEXT,
    letter_type     TEXT,
    letter_number   TEXT,
    recipient_role  TEXT,
    branch_id       TEXT,
    waybill         TEXT,
    status          TEXT,
    status_rank     INT         NOT NULL DEFAULT 0,
    evidence_ref    TEXT,
    amount          NUMERIC(19, 2),
    due_date        DATE
);
CREATE INDEX timeline_entry_case ON timeline_entry (case_id, occurred_at, id);
CREATE INDEX timeline_entry_letter ON timeline_entry (letter_number);
CREATE INDEX timeline_entry_letters ON timeline_entry (type, branch_id, letter_type, status);
