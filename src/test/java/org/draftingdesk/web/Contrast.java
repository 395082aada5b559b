package org.draftingdesk.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG contrast ratio of two CSS colours as getComputedStyle gives them ("rgb(r, g, b)"). */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    private Contrast() {}

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        Matcher m = RGB.matcher(colour);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an rgb() colour: " + colour);
        }
        if (m.group(4) != null && Double.parseDouble(m.group(4)) < 1) {
            throw new IllegalArgumentException("A translucent colour has no single contrast: " + colour);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
