package io.dunning.notice.mailing;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.dunning.notice.config.LetterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The courier day and the daily closing of mailing lists: a db-scheduler recurring task (the starter schedules every
 * Task bean; one instance of the cluster runs it) at {@code dunning.notice.mailing.close-at} in the bank's zone.
 */
@Configuration(proxyBeanMethods = false)
class MailingConfig {

    static final String CLOSING_TASK = "mailing-list-closing";

    @Bean
    CourierDays courierDays(LetterProperties letters, MailingProperties mailing) {
        return new CourierDays(letters.bankZone(), mailing.closeAt());
    }

    @Bean
    RecurringTask<Void> mailingListClosingTask(MailingListClosing closing, LetterProperties letters,
                                               MailingProperties mailing) {
        return Tasks.recurring(CLOSING_TASK, Schedules.daily(letters.bankZone(), mailing.closeAt()))
                .execute((instance, context) -> closing.closeDueLists());
    }
}
