package io.dunning.cases.web;

/** No case with that id: 404 problem+json. */
class CaseNotFoundException extends RuntimeException {

    CaseNotFoundException(String caseId) {
        super("no case " + caseId);
    }
}
