package org.draftingdesk.support;

/** Small documents that tests build their data from. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A hearing summary with two themes and three recommendations. */
    public static final String SMALL_SUMMARY = """
            # Summary of a hearing

            ## Key messages

            ### 1. Protect survivors

            Participants called for unconditional support for victims. Member States should fund shelters.

            ### 2. Use technology well

            Stakeholders urged Member States to regulate online platforms.

            ## Closing remarks

            The hearing was closed.
            """;
}
