package org.draftingdesk.problem;

import java.util.Map;

/**
 * A failure a client can act on, raised by the services and turned into
 * {@code application/problem+json} once, at the edge. Subclasses name the kind of failure.
 */
public abstract class Problem extends RuntimeException {

    private final String title;
    private final Map<String, Object> extensions;

    protected Problem(String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.title = title;
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public abstract int status();

    /** A short stable slug used in the problem's {@code type} URI. */
    public abstract String type();

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static NotFound notFound(String what, Object id) {
        return new NotFound(what + " " + id + " does not exist");
    }

    public static BadInput badInput(String detail) {
        return new BadInput(detail);
    }

    /** Bad input in one named field of the request; the problem carries it as {@code field}. */
    public static BadInput badInput(String field, String detail) {
        return new BadInput(detail, Map.of("field", field));
    }

    /** Unprocessable input in one named field of the request; the problem carries it as {@code field}. */
    public static Unprocessable unprocessable(String field, String detail) {
        return new Unprocessable(detail, Map.of("field", field));
    }

    public static Unprocessable unprocessable(String detail) {
        return new Unprocessable(detail);
    }

    /** A real conflict: the thing to create already exists (a taken label, a concurrent insert of the same key). */
    public static Conflict conflict(String field, String detail) {
        return new Conflict(detail, Map.of("field", field));
    }

    public static TooLarge tooLarge(String detail) {
        return new TooLarge(detail);
    }

    public static UnsupportedContent unsupported(String detail) {
        return new UnsupportedContent(detail);
    }

    public static Forbidden forbidden(String detail) {
        return new Forbidden(detail);
    }

    public static final class NotFound extends Problem {
        public NotFound(String detail) {
            super("Not found", detail, null);
        }

        @Override
        public int status() {
            return 404;
        }

        @Override
        public String type() {
            return "not-found";
        }
    }

    public static final class BadInput extends Problem {
        public BadInput(String detail) {
            super("Bad input", detail, null);
        }

        public BadInput(String detail, Map<String, Object> extensions) {
            super("Bad input", detail, extensions);
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String type() {
            return "bad-input";
        }
    }

    public static final class Unprocessable extends Problem {
        public Unprocessable(String detail) {
            super("Unprocessable content", detail, null);
        }

        public Unprocessable(String detail, Map<String, Object> extensions) {
            super("Unprocessable content", detail, extensions);
        }

        @Override
        public int status() {
            return 422;
        }

        @Override
        public String type() {
            return "unprocessable";
        }
    }

    public static final class Forbidden extends Problem {
        public Forbidden(String detail) {
            super("Forbidden", detail, null);
        }

        /** A refusal that tells the client where to go instead (e.g. the latest issued revision). */
        public Forbidden(String detail, Map<String, Object> extensions) {
            super("Forbidden", detail, extensions);
        }

        @Override
        public int status() {
            return 403;
        }

        @Override
        public String type() {
            return "forbidden";
        }
    }

    public static final class TooLarge extends Problem {
        public TooLarge(String detail) {
            super("Content too large", detail, null);
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String type() {
            return "too-large";
        }
    }

    public static final class UnsupportedContent extends Problem {
        public UnsupportedContent(String detail) {
            super("Unsupported content", detail, null);
        }

        @Override
        public int status() {
            return 415;
        }

        @Override
        public String type() {
            return "unsupported-content";
        }
    }

    /** A stale edit: carries what the client needs to merge. */
    public static final class Conflict extends Problem {
        public Conflict(String detail, Map<String, Object> extensions) {
            super("Edit conflict", detail, extensions);
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public String type() {
            return "conflict";
        }
    }
}
