package io.dunning.cases.exemption;

import io.dunning.events.common.UserId;
import java.util.Optional;

/** Only an authorised approver who is not the requester may approve an exemption (R2.2). */
public final class FourEyes {

    private FourEyes() {
    }

    /** Why this approver may not approve, if they may not. */
    public static Optional<String> refusal(UserId requester, UserId approver, boolean authorisedApprover) {
        if (!authorisedApprover) {
            return Optional.of("approver " + approver + " is not an authorised approver");
        }
        if (approver.equals(requester)) {
            return Optional.of("approver " + approver + " requested the exemption: four eyes are required");
        }
        return Optional.empty();
    }
}
