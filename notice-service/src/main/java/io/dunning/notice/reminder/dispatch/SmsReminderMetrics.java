package io.dunning.notice.reminder.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counter {@code dunning.notice.sms.reminders} by outcome: requested, sent, failed, cancelled. */
@Component
class SmsReminderMetrics {

    private final MeterRegistry meters;

    SmsReminderMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String outcome) {
        Counter.builder("dunning.notice.sms.reminders")
                .description("Reminder SMS by outcome (requested, sent, failed, cancelled)")
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
