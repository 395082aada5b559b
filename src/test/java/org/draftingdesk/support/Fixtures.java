package org.draftingdesk.support;

/** Small documents that tests build their data from. */
public final class Fixtures {

    private Fixtures() {}

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

    /** A file shipped in seeds/, read from the classpath as the service reads it. */
    public static String seed(String file) {
        try (java.io.InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No seed " + file);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
