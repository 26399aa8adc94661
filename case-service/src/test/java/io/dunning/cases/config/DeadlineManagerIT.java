package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deadlines are persistent: scheduling one writes a db-scheduler row that survives the JVM. */
class DeadlineManagerIT extends CaseServiceIntegrationTest {

    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDeadlineManagerIsDbSchedulerBacked() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void schedulingADeadlineWritesARowToScheduledTasksAndCancellingRemovesIt() {
        ScopeDescriptor scope = new AggregateScopeDescriptor("CollectionCase", "deadline-it-case");
        Instant due = Instant.now().plus(30, ChronoUnit.DAYS);

        String deadlineId = DefaultUnitOfWork.startAndGet(null).executeWithResult(
                () -> deadlineManager.schedule(due, "promiseDue", Map.of("promiseId", "p-1"), scope)).getPayload();

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT task_name, execution_time, picked FROM scheduled_tasks WHERE task_instance LIKE ?",
                "%" + deadlineId + "%");
        assertThat((String) row.get("task_name")).isNotBlank();
        assertThat(((java.sql.Timestamp) row.get("execution_time")).toInstant())
                .isCloseTo(due, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
        assertThat(row.get("picked")).isEqualTo(false);

        DefaultUnitOfWork.startAndGet(null).execute(() -> deadlineManager.cancelSchedule("promiseDue", deadlineId));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?",
                Integer.class, "%" + deadlineId + "%")).isZero();
    }
}
