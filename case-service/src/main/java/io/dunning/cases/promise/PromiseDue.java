package io.dunning.cases.promise;

/** The deadline payload: the promise's date has passed, judge it (R5.1). */
public record PromiseDue(String promiseId) {

    public static final String DEADLINE = "promise-due";
}
