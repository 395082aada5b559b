package org.draftingdesk.clause;

import java.util.List;

/** Where a clause stands in the negotiation. */
public final class ClauseStatus {

    public static final String OPEN = "open";
    public static final String BRACKETED = "bracketed";
    public static final String AGREED_AD_REF = "agreed-ad-ref";
    public static final String AGREED = "agreed";
    public static final String DELETED = "deleted";

    /** Statuses a person may set directly; deleting and restoring have their own actions. */
    public static final List<String> SETTABLE = List.of(OPEN, BRACKETED, AGREED_AD_REF, AGREED);

    private ClauseStatus() {}
}
