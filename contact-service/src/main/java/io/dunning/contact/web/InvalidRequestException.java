package io.dunning.contact.web;

/** A request parameter is invalid; answered 400 problem+json naming the {@code field}. */
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
