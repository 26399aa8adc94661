package io.dunning.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the demo's summary reads out of a scrape and the letters report. */
class DemoReportsTest {

    @Test
    void refusalsAreReadByRuleFromCaseServicesScrape() {
        String scrape = """
                # HELP dunning_contact_refusals_total Contacts refused by a conduct rule (POST /contact-permissions)
                # TYPE dunning_contact_refusals_total counter
                dunning_contact_refusals_total{application="case-service",profile="HANDBOOK",rule="OutsideContactHours"} 7.0
                dunning_contact_refusals_total{application="case-service",profile="HANDBOOK",rule="PublicHoliday"} 3.0
                dunning_contact_refusals_total{application="case-service",profile="HANDBOOK",rule="DailyCallCapReached"} 0.0
                dunning_contact_refusals_created{application="case-service",profile="HANDBOOK",rule="PublicHoliday"} 1.7E9
                dunning_dlt_records_total{reason="x",rule="OutsideContactHours"} 5.0
                """;
        assertThat(DemoReports.refusalsByRule(scrape))
                .containsExactly(entry("OutsideContactHours", 7L), entry("PublicHoliday", 3L));
        assertThat(DemoReports.refusalsByRule("")).isEmpty();
    }

    @Test
    void lettersOnTheirWayAreThoseNotDeliveredReturnedCancelledOrFailed() {
        Map<String, Map<String, Long>> letters = Map.of(
                "OVERDUE_COLLECTION_NOTICE", Map.of("DELIVERED", 40L, "RETURNED", 4L, "DISPATCHED", 2L),
                "URGENT_NOTICE", Map.of("ISSUED", 1L, "REQUESTED", 3L, "CANCELLED", 5L, "FAILED", 1L));
        assertThat(DemoReports.inFlight(letters)).isEqualTo(6);
    }
}
