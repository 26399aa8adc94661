package io.dunning.cases.exemption;

import java.time.LocalDate;

/** The deadline payload: an instalment date of an approved recovery plan has passed, check the plan (R2.3). */
public record ExemptionInstalmentDue(String exemptionId, LocalDate dueDate) {

    public static final String DEADLINE = "exemption-instalment-due";
}
