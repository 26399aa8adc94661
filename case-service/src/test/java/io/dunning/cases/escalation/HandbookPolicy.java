package io.dunning.cases.escalation;

import static io.dunning.cases.escalation.Recipients.ALL_OBLIGORS;
import static io.dunning.cases.escalation.Recipients.BORROWERS;
import static io.dunning.cases.escalation.Recipients.GUARANTORS;
import static io.dunning.cases.escalation.Recipients.NONE;
import static io.dunning.cases.escalation.StepCondition.ALWAYS;
import static io.dunning.cases.escalation.StepCondition.HAS_GUARANTORS;
import static io.dunning.cases.escalation.StepCondition.PRINCIPAL_NOT_MATURED;

import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.ReminderChannel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The bank handbook's policy (RULEBOOK defaults) for tests, and variants of it with other thresholds. */
public final class HandbookPolicy {

    public static final String VERSION = "2026.1-handbook";
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private HandbookPolicy() {
    }

    /** Thresholds 1/1/30/30/60/60/60/60/60/90, Asia/Shanghai, follow-up 3 days after a broken promise or a returned letter. */
    public static CollectionPolicy handbook() {
        return withThresholds(VERSION, 1, 30, 60, 90);
    }

    /** The handbook's ladder with the reminder, first-notice, 60-day and litigation thresholds moved. */
    public static CollectionPolicy withThresholds(String version, int remind, int notice, int urgent, int litigation) {
        return new CollectionPolicy(version, SHANGHAI, List.of(
                new LadderRule(LadderStep.SMS_REMINDER, remind, StepAction.REMIND, ReminderChannel.SMS, null,
                        BORROWERS, ALWAYS),
                new LadderRule(LadderStep.PHONE_REMINDER, remind, StepAction.REMIND, ReminderChannel.PHONE, null,
                        BORROWERS, ALWAYS),
                letter(LadderStep.OVERDUE_NOTICE, notice, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWERS, ALWAYS),
                letter(LadderStep.GUARANTOR_LIABILITY_NOTICE, notice, LetterType.GUARANTOR_LIABILITY_NOTICE,
                        GUARANTORS, HAS_GUARANTORS),
                letter(LadderStep.URGENT_NOTICE, urgent, LetterType.URGENT_NOTICE, BORROWERS, ALWAYS),
                new LadderRule(LadderStep.LITIGATION_PREPARATION, urgent, StepAction.PREPARE_LITIGATION, null, null,
                        NONE, ALWAYS),
                letter(LadderStep.LAWYERS_LETTER, urgent, LetterType.LAWYERS_LETTER, ALL_OBLIGORS, ALWAYS),
                letter(LadderStep.GUARANTEE_PERFORMANCE_NOTICE, urgent, LetterType.GUARANTEE_PERFORMANCE_NOTICE,
                        GUARANTORS, HAS_GUARANTORS),
                new LadderRule(LadderStep.LOAN_ACCELERATION, urgent, StepAction.DECLARE_ACCELERATION, null,
                        LetterType.LOAN_ACCELERATION_NOTICE, ALL_OBLIGORS, PRINCIPAL_NOT_MATURED),
                new LadderRule(LadderStep.LITIGATION, litigation, StepAction.REQUIRE_LITIGATION, null, null,
                        ALL_OBLIGORS, ALWAYS)),
                3, 3,
                Map.of(CustomerSegment.WILFUL_DEFAULTER, CollectionStrategy.LEGAL_TRACK_AND_ASSET_PRESERVATION,
                        CustomerSegment.TEMPORARY_HARDSHIP, CollectionStrategy.PLANS_AND_EXTENSIONS,
                        CustomerSegment.LOW_CREDIT_AWARENESS, CollectionStrategy.EDUCATION));
    }

    private static LadderRule letter(LadderStep step, int from, LetterType type, Recipients to, StepCondition when) {
        return new LadderRule(step, from, StepAction.SEND_LETTER, null, type, to, when);
    }
}
