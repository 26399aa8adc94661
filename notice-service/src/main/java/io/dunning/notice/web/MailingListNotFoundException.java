package io.dunning.notice.web;

/** No mailing list with this id. */
class MailingListNotFoundException extends RuntimeException {

    MailingListNotFoundException(String id) {
        super("no mailing list " + id);
    }
}
