package org.draftingdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * POI (the Word export) logs through the Log4j API. Without a provider on the class path, Log4j warns
 * "Log4j API could not find a logging provider" on the first export and drops POI's messages; with
 * log4j2-jboss-logmanager they go to the JBoss log manager that Quarkus logs with.
 */
class ExportLoggingTest {

    @Test
    void poisLog4jApiIsRoutedToTheJBossLogManagerWithoutAWarning() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
            document.createParagraph().createRun().setText("We commit to act.");
            LogManager.getLogger(ExportLoggingTest.class).info("exported");
        } finally {
            System.setErr(err);
        }
        assertThat(LogManager.getFactory().getClass().getName()).startsWith("org.jboss.logmanager");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("logging provider");
    }
}
