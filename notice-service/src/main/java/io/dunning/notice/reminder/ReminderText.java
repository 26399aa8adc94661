package io.dunning.notice.reminder;

import io.dunning.events.common.LoanId;

/**
 * The friendly reminder SMS (R1.1) to an obligor: the loan reference and a request to pay, no amounts (a phone may
 * be read by others, R6.5/R6.6) and no personal data. Never logged.
 */
public final class ReminderText {

    public static final String TEMPLATE = "FRIENDLY_REMINDER";

    private ReminderText() {
    }

    public static String render(LoanId loanId) {
        return "【温馨提示】尊敬的客户，您的贷款（编号 " + loanId.value() + "）已逾期，请尽快还款，以免影响您的信用记录。"
                + "如已还款，请忽略本短信。";
    }
}
