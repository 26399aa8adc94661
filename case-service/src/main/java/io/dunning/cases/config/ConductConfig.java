package io.dunning.cases.config;

import io.dunning.cases.conduct.ContactProfile;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link ContactProfile} in force (RULEBOOK section 6), validated at startup; the case receives it as a
 * handler parameter when it decides whether a party may be contacted.
 */
@Configuration(proxyBeanMethods = false)
class ConductConfig {

    @Bean
    ContactProfile contactProfile(ConductProperties properties) {
        return properties.toProfile();
    }

    /** The days the holiday calendar in force still covers, as a gauge and a start-up warning. */
    @Bean
    HolidayCalendarHorizon holidayCalendarHorizon(ContactProfile profile, PolicyProperties policy, Clock clock,
                                                  MeterRegistry meters) {
        return new HolidayCalendarHorizon(profile, policy.bankZone(), clock, meters);
    }

    /**
     * The clock the case decides by (whether a reminder may go out now, R6.1). {@code dunning.case.conduct.fixed-clock}
     * (an ISO instant; unset in production) stops it at one instant: tests and demos that must not depend on the time
     * of day they run at.
     */
    @Bean
    Clock clock(@Value("${dunning.case.conduct.fixed-clock:}") String fixed) {
        return fixed.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(fixed.strip()), ZoneOffset.UTC);
    }
}
