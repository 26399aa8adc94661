-- A letter's number is reserved with its dispatch claim in a short transaction of its own (issuing.DispatchClaims),
-- so the branch's number row is locked for one statement, not for the rendering of a whole chunk of letters. The
-- issue date is kept with the reservation: a letter issued after a retry keeps the date (and year) of its number.
-- Every number is bound to exactly one claim; a claim whose letter is not in letter_archive yet is still being
-- issued (its case event is retried until it is).
ALTER TABLE notice_dispatch ADD COLUMN issued_on DATE;
-- the gauge dunning_letter_numbers_unissued looks at the claims of the last days only
CREATE INDEX notice_dispatch_claimed_at ON notice_dispatch (claimed_at);
