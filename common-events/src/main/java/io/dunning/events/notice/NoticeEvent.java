package io.dunning.events.notice;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;

/**
 * Every event notice-service publishes on {@code dunning.notice-events.v1}. The loan id is the Kafka key,
 * so a loan's notice events stay in order with its case events.
 */
public interface NoticeEvent {

    CaseId caseId();

    LoanId loanId();
}
