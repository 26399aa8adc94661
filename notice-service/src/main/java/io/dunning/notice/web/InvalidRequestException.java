package io.dunning.notice.web;

/** A request parameter out of range: 400 with the field named. */
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
