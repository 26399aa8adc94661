-- The last delinquency core banking reported per loan, and whether a payment was posted since: lets the inbound
-- listener refuse a report whose days past due fell without a payment (kafka.ReportedStandings, docs/adr/0011).
-- Written in the transaction of each core-banking record.

CREATE TABLE reported_standing (
    loan_id       VARCHAR(255) NOT NULL,
    days_past_due INTEGER      NOT NULL,
    as_of         DATE         NOT NULL,
    paid_since    BOOLEAN      NOT NULL,
    CONSTRAINT reported_standing_pk PRIMARY KEY (loan_id)
);
