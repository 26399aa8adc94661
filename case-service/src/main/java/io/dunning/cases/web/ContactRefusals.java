package io.dunning.cases.web;

import io.dunning.cases.conduct.ContactPermissions;
import io.dunning.cases.conduct.ContactProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code dunning_contact_refusals_total{profile,rule}}: contacts refused by the conduct rules (RULEBOOK section 6), one
 * series per rule of the profile in force, registered at zero on start so that a first refusal shows as an increase
 * (the ComplianceRefusalsSpike alert and the Errors dashboard read it).
 */
@Component
class ContactRefusals {

    private final Map<String, Counter> byRule;

    ContactRefusals(MeterRegistry meters, ContactProfile profile) {
        this.byRule = ContactPermissions.ruleNames().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                rule -> Counter.builder("dunning.contact.refusals")
                        .description("Contacts refused by a conduct rule (POST /contact-permissions)")
                        .tag("profile", profile.name())
                        .tag("rule", rule)
                        .register(meters)));
    }

    void refused(String rule) {
        Counter counter = byRule.get(rule);
        if (counter != null) {
            counter.increment();
        }
    }
}
