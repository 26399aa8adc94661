package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;

/**
 * Every event a collection case publishes. The loan id is the Kafka key: all of a loan's events stay in order.
 */
public interface CaseEvent {

    CaseId caseId();

    LoanId loanId();
}
