package org.draftingdesk.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** The English words shipped with the service (SCOWL, see words-en.NOTICE), lower case. */
final class Words {

    private static final String RESOURCE = "document/words-en.txt.gz";
    private static volatile Words shipped;

    private final Set<String> words;

    private Words(Set<String> words) {
        this.words = words;
    }

    static Words shipped() {
        Words w = shipped;
        if (w == null) {
            synchronized (Words.class) {
                if (shipped == null) {
                    shipped = load();
                }
                w = shipped;
            }
        }
        return w;
    }

    boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    private static Words load() {
        Set<String> set = new HashSet<>(150_000);
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Word list missing: " + RESOURCE);
            }
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        set.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Words(set);
    }
}
