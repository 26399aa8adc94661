package io.dunning.notice.mailing;

import java.time.Instant;
import java.time.LocalDate;

/** A day's mailing list asked for before the day's cut-off: letters may still join it. */
public class MailingDayNotOver extends RuntimeException {

    public MailingDayNotOver(LocalDate day, Instant closesAt) {
        super("the mailing day " + day + " is not over: its lists close at " + closesAt);
    }
}
