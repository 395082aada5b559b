package org.draftingdesk.account;

/**
 * A sign-in refused before the password was looked at: too many failures (429, with the seconds
 * to wait), or a login form posted without its security token (403). The web layer turns it into
 * a page or a problem document; it is not an authentication failure, so no login challenge follows.
 */
public class SignInRefused extends RuntimeException {

    private final int status;
    private final long retryAfterSeconds;

    private SignInRefused(int status, long retryAfterSeconds, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static SignInRefused throttled(long retryAfterSeconds) {
        return new SignInRefused(
                429,
                retryAfterSeconds,
                "Too many failed sign-ins: try again in " + retryAfterSeconds + " second"
                        + (retryAfterSeconds == 1 ? "" : "s"));
    }

    static SignInRefused withoutToken() {
        return new SignInRefused(
                403,
                0,
                "The sign-in form's security token is missing or does not match: reload the page and try again");
    }

    public int status() {
        return status;
    }

    /** Seconds to wait before the next try; 0 when waiting does not help. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean throttled() {
        return status == 429;
    }
}
