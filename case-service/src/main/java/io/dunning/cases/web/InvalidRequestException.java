package io.dunning.cases.web;

/** A request parameter is missing or malformed: 400 problem+json naming {@link #field()}. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
