package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.cases.escalation.LadderRule;
import io.dunning.cases.escalation.Recipients;
import io.dunning.cases.escalation.StepAction;
import io.dunning.cases.escalation.StepCondition;
import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.ReminderChannel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy is validated at startup: a ladder out of order or with falling thresholds stops the service. */
class PolicyPropertiesTest {

    private static final Map<CustomerSegment, CollectionStrategy> STRATEGIES = Map.of(
            CustomerSegment.WILFUL_DEFAULTER, CollectionStrategy.LEGAL_TRACK_AND_ASSET_PRESERVATION,
            CustomerSegment.TEMPORARY_HARDSHIP, CollectionStrategy.PLANS_AND_EXTENSIONS,
            CustomerSegment.LOW_CREDIT_AWARENESS, CollectionStrategy.EDUCATION);

    private static LadderRule sms(int dpd) {
        return new LadderRule(LadderStep.SMS_REMINDER, dpd, StepAction.REMIND, ReminderChannel.SMS, null,
                Recipients.BORROWERS, null);
    }

    private static LadderRule overdueNotice(int dpd) {
        return new LadderRule(LadderStep.OVERDUE_NOTICE, dpd, StepAction.SEND_LETTER, null,
                LetterType.OVERDUE_COLLECTION_NOTICE, Recipients.BORROWERS, StepCondition.ALWAYS);
    }

    private static PolicyProperties policy(List<LadderRule> ladder) {
        return new PolicyProperties("v1", ZoneId.of("Asia/Shanghai"), ladder, 3, 3, STRATEGIES);
    }

    @Test
    void aValidLadderBecomesThePolicyWithAlwaysAsDefaultCondition() {
        var policy = policy(List.of(sms(1), overdueNotice(30))).toPolicy();
        assertThat(policy.ladder()).extracting(LadderRule::condition)
                .containsExactly(StepCondition.ALWAYS, StepCondition.ALWAYS);
    }

    @Test
    void rungsOutOfLadderOrderAreRejected() {
        assertThatThrownBy(() -> policy(List.of(overdueNotice(30), sms(31))).toPolicy())
                .hasMessageContaining("dunning.case.policy.ladder[1].step");
    }

    @Test
    void aThresholdLowerThanTheRungBeforeIsRejected() {
        assertThatThrownBy(() -> policy(List.of(sms(30), overdueNotice(29))).toPolicy())
                .hasMessageContaining("dunning.case.policy.ladder[1].min-days-past-due");
    }

    @Test
    void aLetterRungWithoutLetterTypeIsRejected() {
        var noLetter = new LadderRule(LadderStep.OVERDUE_NOTICE, 30, StepAction.SEND_LETTER, null, null,
                Recipients.BORROWERS, null);
        assertThatThrownBy(() -> policy(List.of(sms(1), noLetter)).toPolicy())
                .hasMessageContaining("ladder[1].letter-type");
    }
}
