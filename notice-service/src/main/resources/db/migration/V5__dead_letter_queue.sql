-- Axon's JDBC dead-letter queue for the processors that park failing events (docs/adr/0010), with the snake_case
-- names of the DeadLetterSchema bean (ParkingProcessors.snakeCaseSchema, module processor-dead-letters). Columns as Axon's
-- GenericDeadLetterTableFactory makes them (timestamps as ISO-8601 text, which Axon writes and parses), payloads
-- BYTEA. Parked events are rare: the indexes serve the per-group and per-sequence lookups.

CREATE TABLE dead_letter_entry (
    dead_letter_identifier VARCHAR(255)  NOT NULL,
    processing_group       VARCHAR(255)  NOT NULL,
    sequence_identifier    VARCHAR(255)  NOT NULL,
    sequence_index         BIGINT        NOT NULL,
    message_type           VARCHAR(255)  NOT NULL,
    event_identifier       VARCHAR(255)  NOT NULL,
    time_stamp             VARCHAR(255)  NOT NULL,
    payload_type           VARCHAR(255)  NOT NULL,
    payload_revision       VARCHAR(255),
    payload                BYTEA         NOT NULL,
    meta_data              BYTEA,
    aggregate_type         VARCHAR(255),
    aggregate_identifier   VARCHAR(255),
    sequence_number        BIGINT,
    token_type             VARCHAR(255),
    token                  BYTEA,
    enqueued_at            VARCHAR(255)  NOT NULL,
    last_touched           VARCHAR(255),
    processing_started     VARCHAR(255),
    cause_type             VARCHAR(255),
    cause_message          VARCHAR(1023),
    diagnostics            BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_identifier),
    CONSTRAINT dead_letter_entry_sequence_index_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_entry_processing_group_ix ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence_ix ON dead_letter_entry (processing_group, sequence_identifier);
