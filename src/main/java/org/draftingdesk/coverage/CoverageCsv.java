package org.draftingdesk.coverage;

import org.draftingdesk.coverage.CoverageViews.CoverageReport;
import org.draftingdesk.coverage.CoverageViews.ThemeCoverage;

/** The report as CSV: a header row, then one row per theme (RFC 4180 quoting). */
public final class CoverageCsv {

    public static final String HEADER =
            "theme_id,source_id,number,title,recommendations,addressed,suspect,coverage,addressed_by";

    private CoverageCsv() {}

    public static String of(CoverageReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ThemeCoverage t : report.themes()) {
            csv.append(t.themeId())
                    .append(',')
                    .append(t.sourceId())
                    .append(',')
                    .append(t.number())
                    .append(',')
                    .append(quote(t.title()))
                    .append(',')
                    .append(t.recommendations())
                    .append(',')
                    .append(t.addressed())
                    .append(',')
                    .append(t.suspect())
                    .append(',')
                    .append(t.coverage())
                    .append(',')
                    .append(quote(String.join(";", t.addressedBy())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
