package io.dunning.cases.conduct;

import static io.dunning.cases.conduct.ContactPermissionsTest.MONDAY;
import static io.dunning.cases.conduct.ContactPermissionsTest.NEW_YORK;
import static io.dunning.cases.conduct.ContactPermissionsTest.SHANGHAI;
import static io.dunning.cases.conduct.ContactPermissionsTest.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The end of the contact window a permitted contact falls in (R6.1), which a reminder must be sent before. */
class ContactWindowEndTest {

    @Test
    @DisplayName("R6.1 handbook: permitted at 07:00 or 20:59 in Shanghai, the window closes at 21:00 that day")
    void handbookWindowClosesAtNineThatEvening() {
        Instant nine = local(MONDAY, 21, 0, SHANGHAI);
        assertThat(ContactPermissions.windowEnd(Profiles.handbook(), SHANGHAI, local(MONDAY, 7, 0, SHANGHAI)))
                .isEqualTo(nine);
        assertThat(ContactPermissions.windowEnd(Profiles.handbook(), SHANGHAI, local(MONDAY, 20, 59, SHANGHAI)))
                .isEqualTo(nine).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
    }

    @Test
    @DisplayName("R6.1 the window is the party's: 10:00 in New York under CBA 2026 closes at 22:00 New York time")
    void windowClosesInThePartysZone() {
        assertThat(ContactPermissions.windowEnd(Profiles.cba2026(), NEW_YORK, local(MONDAY, 10, 0, NEW_YORK)))
                .isEqualTo(Instant.parse("2026-03-03T03:00:00Z"));
    }

    @Test
    @DisplayName("R6.1 DST New York spring forward: 10:00 EDT on 8 March 2026 closes at 21:00 EDT = 01:00Z")
    void windowEndFollowsDaylightSavingTime() {
        LocalDate springForward = LocalDate.of(2026, 3, 8);
        assertThat(ContactPermissions.windowEnd(Profiles.handbook(), NEW_YORK, local(springForward, 10, 0, NEW_YORK)))
                .isEqualTo(Instant.parse("2026-03-09T01:00:00Z"));
    }
}
