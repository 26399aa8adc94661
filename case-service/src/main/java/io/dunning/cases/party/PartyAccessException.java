package io.dunning.cases.party;

/** Why a party request is refused; the web edge maps each kind to its status. Messages name no personal data. */
public class PartyAccessException extends RuntimeException {

    public enum Kind {
        /** no such party: 404 */
        UNKNOWN_PARTY,
        /** the caller's role may not do this: 403 */
        FORBIDDEN,
        /** the party was erased, its data is gone: 410 */
        ERASED,
        /** the reveal names a case the party is no obligor of: 400 naming {@code caseId} */
        NOT_ON_CASE
    }

    private final Kind kind;

    PartyAccessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
