package org.draftingdesk.draft;

import java.io.IOException;
import java.io.InputStream;

/** Reads a file that ships in seeds/ from the classpath. */
final class HearingSeed {

    private HearingSeed() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = HearingSeed.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
