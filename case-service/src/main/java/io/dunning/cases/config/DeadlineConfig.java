package io.dunning.cases.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The persistent deadline manager (DESIGN.md 5): Axon's {@link DbSchedulerDeadlineManager} on db-scheduler's
 * {@code scheduled_tasks} table in the service's database, never the in-memory {@code SimpleDeadlineManager}.
 * <p>
 * Declared here rather than left to Axon's {@code AxonDbSchedulerAutoConfiguration} (which only creates it when a
 * db-scheduler {@link Scheduler} bean exists and would otherwise leave Axon on its in-memory default): if the
 * scheduler is missing, startup fails instead of silently losing timers. That auto-configuration still registers
 * the db-scheduler task ({@code DbSchedulerDeadlineManager.binaryTask}, qualifier {@code deadlineDetailsTask}) which
 * the db-scheduler starter hands to the {@link Scheduler}; the task looks this bean up to fire deadlines. The
 * starter owns the scheduler's lifecycle (start when the context is ready, stop on shutdown) and wraps the
 * DataSource transaction-aware, so a deadline scheduled in a command commits with the command's events.
 * Deadline payloads go through the event serializer (Jackson).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfig {

    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler,
                                               org.axonframework.config.Configuration axonConfiguration,
                                               @Qualifier("eventSerializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               DeadlineManagerSpanFactory spanFactory) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }
}
