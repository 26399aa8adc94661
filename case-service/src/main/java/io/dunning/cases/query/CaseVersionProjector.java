package io.dunning.cases.query;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.events.cases.CaseEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps case_view.version at the sequence number of the case's last event, whatever its type: the ETag of
 * {@code GET /cases/{caseId}}. Same processor and transaction as {@link CaseViewProjector}; replays never lower it.
 */
@Component
@ProcessingGroup(ProcessorConfig.CASE_VIEW)
class CaseVersionProjector {

    private final CaseViewRepository views;

    CaseVersionProjector(CaseViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(CaseEvent e, @SequenceNumber long sequenceNumber) {
        views.recordVersion(e.caseId().value(), sequenceNumber);
    }
}
