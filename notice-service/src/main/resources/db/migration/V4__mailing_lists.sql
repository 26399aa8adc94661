-- Mailing lists (R3.3): the letters one sending branch handed to the courier in one courier day form that day's
-- list. One list per (branch, day): closing a day twice finds the same row. A closed list is a frozen document: its
-- lines copy what the list printed, and a letter is on at most one list (the primary key of mailing_list_line).
CREATE TABLE mailing_list (
    mailing_list_id VARCHAR(128) NOT NULL,
    branch_id       VARCHAR(64)  NOT NULL,
    mailing_day     DATE         NOT NULL,
    letter_count    INTEGER      NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by       VARCHAR(32)  NOT NULL,
    CONSTRAINT mailing_list_pk PRIMARY KEY (mailing_list_id),
    CONSTRAINT mailing_list_branch_day_uk UNIQUE (branch_id, mailing_day)
);
CREATE INDEX mailing_list_day_idx ON mailing_list (mailing_day, branch_id);

CREATE TABLE mailing_list_line (
    letter_number   VARCHAR(64)  NOT NULL,
    mailing_list_id VARCHAR(128) NOT NULL REFERENCES mailing_list (mailing_list_id),
    line_no         INTEGER      NOT NULL,
    letter_type     VARCHAR(64)  NOT NULL,
    recipient_role  VARCHAR(32)  NOT NULL,
    recipient_id    VARCHAR(255) NOT NULL,
    waybill         VARCHAR(128) NOT NULL,
    handed_over_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mailing_list_line_pk PRIMARY KEY (letter_number),
    CONSTRAINT mailing_list_line_no_uk UNIQUE (mailing_list_id, line_no)
);

-- the letters handed over and not yet on a list, by branch and time: what a closing looks for
CREATE INDEX letter_archive_unlisted_idx ON letter_archive (branch_id, dispatched_at)
    WHERE mailing_list_id IS NULL AND waybill IS NOT NULL;
