package org.draftingdesk.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.IssuingRevision;
import org.draftingdesk.precedent.PrecedentService;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.process.ProcessService;

/** A revision, or the working draft, as a file a delegate can open: DOCX, PDF or Akoma Ntoso. */
@ApplicationScoped
public class ExportService {

    public record ExportedFile(byte[] content, String contentType, String fileName) {}

    private final IssuingRevision revisions;
    private final ProcessService processes;
    private final PrecedentService precedents;

    ExportService(IssuingRevision revisions, ProcessService processes, PrecedentService precedents) {
        this.revisions = revisions;
        this.processes = processes;
        this.precedents = precedents;
    }

    @Transactional
    public ExportedFile export(long processId, String rev, String format, Account reader) {
        RevisionView revision = revisions.revision(processId, rev, reader);
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("docx", "pdf", "akn").contains(f)) {
            throw Problem.badInput("format must be docx, pdf or akn");
        }
        ExportDocument doc = document(processId, revision);
        String base = fileName(processes.get(processId).title() + " " + revision.label());
        return switch (f) {
            case "docx" ->
                new ExportedFile(
                        DocxWriter.write(doc),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        base + ".docx");
            case "pdf" -> new ExportedFile(PdfWriter.write(doc), "application/pdf", base + ".pdf");
            default -> new ExportedFile(AknWriter.write(doc), "application/akn+xml", base + ".akn.xml");
        };
    }

    private ExportDocument document(long processId, RevisionView revision) {
        List<ExportDocument.Paragraph> paragraphs = revision.clauses().stream()
                .map(c -> new ExportDocument.Paragraph(
                        c.kind(),
                        c.label(),
                        "OP".equals(c.kind()) ? c.label().substring(2) + "." : "",
                        c.text(),
                        c.heading(),
                        c.notes(),
                        precedents
                                .badge(processId, c.text())
                                .map(b -> "Agreed language: " + b.text())
                                .orElse(null)))
                .toList();
        return new ExportDocument(
                processId,
                processes.get(processId).title(),
                revision.label(),
                revision.date(),
                paragraphs,
                revision.intro());
    }

    static String fileName(String s) {
        return s.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
