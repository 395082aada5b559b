package org.draftingdesk.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Derived values for templates, so that templates never compute or query. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private TemplateExtensions() {}

    /** A moment as people read it in the pages: to the minute, in UTC. */
    public static String display(OffsetDateTime time) {
        return time == null ? "" : MINUTES.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
