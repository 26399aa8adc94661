package io.dunning.notice.letter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel the dispatch of a letter not yet handed to the courier, e.g. because the case was cured (R1.11). */
public record CancelDispatch(@TargetAggregateIdentifier String letterNumber, String reason) {
}
