-- Idempotent consumers: every processed message id, written in the same transaction as its effect (DESIGN.md 4).
CREATE TABLE processed_message (
    consumer     VARCHAR(100) NOT NULL,
    message_id   VARCHAR(255) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT processed_message_pk PRIMARY KEY (consumer, message_id)
);

-- Command side, set-based rule "one open case per loan" (DESIGN.md 5); maintained by the subscribing
-- processor open-case-lookup inside the command's transaction.
CREATE TABLE open_case_by_loan (
    loan_id VARCHAR(255) NOT NULL,
    case_id VARCHAR(255) NOT NULL,
    CONSTRAINT open_case_by_loan_pk PRIMARY KEY (loan_id),
    CONSTRAINT open_case_by_loan_case_uk UNIQUE (case_id)
);

-- Read model of the tracking processor case-view; the document is the JSON served by GET /cases.
CREATE TABLE case_view (
    case_id    VARCHAR(255)             NOT NULL,
    loan_id    VARCHAR(255)             NOT NULL,
    status     VARCHAR(32)              NOT NULL,
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document   JSONB                    NOT NULL,
    CONSTRAINT case_view_pk PRIMARY KEY (case_id)
);
CREATE INDEX case_view_loan_opened_idx ON case_view (loan_id, opened_at DESC);
