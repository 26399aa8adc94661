package io.dunning.notice.mailing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code dunning.mailing.lists.closed} (counter, by {@code trigger}) and {@code dunning.mailing.list.letters}
 * (distribution of letters per closed list).
 */
@Component
class MailingMetrics {

    private final MeterRegistry registry;
    private final DistributionSummary lettersPerList;

    MailingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.lettersPerList = DistributionSummary.builder("dunning.mailing.list.letters")
                .description("Letters on each closed mailing list").baseUnit("letters").register(registry);
    }

    void closed(MailingLists.Trigger trigger, int letters) {
        Counter.builder("dunning.mailing.lists.closed").description("Mailing lists closed")
                .tag("trigger", trigger.name().toLowerCase()).register(registry).increment();
        lettersPerList.record(letters);
    }
}
