package io.dunning.notice.issuing;

import io.dunning.notice.config.LetterProperties;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The issue date (in the bank's zone, so the numbering year is the bank's) and the payment deadline. */
@Component
class IssueCalendar {

    private final Clock clock;
    private final LetterProperties properties;

    IssueCalendar(Clock clock, LetterProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.bankZone()));
    }

    LocalDate paymentDeadline(LocalDate issuedOn) {
        return issuedOn.plusDays(properties.paymentDeadlineDays());
    }
}
