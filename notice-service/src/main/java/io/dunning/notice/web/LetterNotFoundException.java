package io.dunning.notice.web;

/** No letter with this number. */
class LetterNotFoundException extends RuntimeException {

    LetterNotFoundException(String letterNumber) {
        super("no letter " + letterNumber);
    }
}
