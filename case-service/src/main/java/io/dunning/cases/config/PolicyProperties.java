package io.dunning.cases.config;

import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.LadderRule;
import io.dunning.cases.escalation.StepAction;
import io.dunning.cases.escalation.StepCondition;
import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bank's collection policy as configured ({@code dunning.case.policy.*}); {@link #toPolicy()} validates it and
 * yields the {@link CollectionPolicy} the aggregate evaluates. Defaults (the handbook) live in application.yml.
 *
 * @param version             the policy version in force, recorded on every decision event (e.g. 2026.1-handbook)
 * @param bankZone            the bank's time zone: core-banking dates and promise due dates are days in this zone
 * @param ladder              the rungs of the escalation ladder, in ladder order, each with step, min-days-past-due,
 *                            action, channel (REMIND) or letter-type (SEND_LETTER, DECLARE_ACCELERATION),
 *                            recipients and condition (default ALWAYS)
 * @param promiseFollowUpDays days after a broken promise by which follow-up is due (R5.1)
 * @param returnedLetterFollowUpDays days after a returned letter by which the address is verified and a home visit
 *                            made (R1.3, R3.2); default 3
 * @param strategies          the collection strategy each customer segment steers a case to (R7.1-R7.3)
 */
@ConfigurationProperties("dunning.case.policy")
public record PolicyProperties(
        String version,
        ZoneId bankZone,
        List<LadderRule> ladder,
        Integer promiseFollowUpDays,
        @DefaultValue("3") Integer returnedLetterFollowUpDays,
        Map<CustomerSegment, CollectionStrategy> strategies) {

    private static final String PREFIX = "dunning.case.policy.";

    /** The validated policy; fails startup with the offending property named. */
    public CollectionPolicy toPolicy() {
        require(version != null && !version.isBlank(), "version must be set");
        require(bankZone != null, "bank-zone must be a valid zone id");
        require(ladder != null && !ladder.isEmpty(), "ladder must have at least one rung");
        require(promiseFollowUpDays != null && promiseFollowUpDays >= 0, "promise-follow-up-days must be >= 0");
        require(returnedLetterFollowUpDays != null && returnedLetterFollowUpDays >= 0,
                "returned-letter-follow-up-days must be >= 0");
        require(strategies != null && strategies.keySet().containsAll(List.of(CustomerSegment.values())),
                "strategies must name a strategy for every segment " + List.of(CustomerSegment.values()));
        List<LadderRule> rules = new ArrayList<>();
        LadderRule previous = null;
        for (int i = 0; i < ladder.size(); i++) {
            LadderRule rule = withDefaults(i, ladder.get(i));
            if (previous != null) {
                require(rule.step().compareTo(previous.step()) > 0,
                        "ladder[" + i + "].step " + rule.step() + " must come after " + previous.step()
                                + " (ladder order, once each)");
                require(rule.minDaysPastDue() >= previous.minDaysPastDue(),
                        "ladder[" + i + "].min-days-past-due must not be lower than the rung before");
            }
            rules.add(rule);
            previous = rule;
        }
        return new CollectionPolicy(version, bankZone, rules, promiseFollowUpDays, returnedLetterFollowUpDays,
                strategies);
    }

    private static LadderRule withDefaults(int i, LadderRule rule) {
        String at = "ladder[" + i + "].";
        require(rule.step() != null, at + "step must be set");
        require(rule.minDaysPastDue() >= 1, at + "min-days-past-due must be >= 1");
        require(rule.action() != null, at + "action must be set");
        require(rule.recipients() != null, at + "recipients must be set");
        if (rule.action() == StepAction.REMIND) {
            require(rule.channel() != null, at + "channel must be set for REMIND");
        }
        if (rule.action() == StepAction.SEND_LETTER || rule.action() == StepAction.DECLARE_ACCELERATION) {
            require(rule.letterType() != null, at + "letter-type must be set for " + rule.action());
        }
        StepCondition condition = rule.condition() == null ? StepCondition.ALWAYS : rule.condition();
        return new LadderRule(rule.step(), rule.minDaysPastDue(), rule.action(), rule.channel(), rule.letterType(),
                rule.recipients(), condition);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid collection policy: " + PREFIX + message);
        }
    }
}
