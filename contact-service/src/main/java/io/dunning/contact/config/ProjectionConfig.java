package io.dunning.contact.config;

import io.dunning.contact.reporting.CaseStateProjector;
import io.dunning.contact.reporting.ReportQueries;
import io.dunning.contact.timeline.TimelineProjector;
import io.dunning.contact.timeline.TimelineQueries;
import io.dunning.contact.worklist.WorklistPriority;
import io.dunning.contact.worklist.WorklistQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The projectors and queries are plain classes (testable without Spring); here they get their JdbcTemplate. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfig {

    @Bean
    TimelineProjector timelineProjector(JdbcTemplate jdbc) {
        return new TimelineProjector(jdbc);
    }

    @Bean
    TimelineQueries timelineQueries(JdbcTemplate jdbc) {
        return new TimelineQueries(jdbc);
    }

    @Bean
    CaseStateProjector caseStateProjector(JdbcTemplate jdbc) {
        return new CaseStateProjector(jdbc);
    }

    @Bean
    ReportQueries reportQueries(JdbcTemplate jdbc) {
        return new ReportQueries(jdbc);
    }

    @Bean
    WorklistQueries worklistQueries(JdbcTemplate jdbc, ContactProperties properties) {
        ContactProperties.Worklist w = properties.worklist();
        return new WorklistQueries(jdbc, new WorklistPriority(w.brokenPromiseWeight(), w.returnedLetterWeight(),
                w.daysPastDueWeight(), w.daysPastDueCap()));
    }
}
