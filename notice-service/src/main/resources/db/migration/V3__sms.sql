-- Reminder SMS (R1.1) share the dispatch claim of the letters: one dispatch per (case, ladder step, recipient).
-- The claim of an SMS names its SmsMessage, so a cure finds the SMS of the case to cancel (R1.11).
ALTER TABLE notice_dispatch ADD COLUMN sms_id VARCHAR(64);
ALTER TABLE notice_dispatch ADD CONSTRAINT notice_dispatch_sms_id_uk UNIQUE (sms_id);
