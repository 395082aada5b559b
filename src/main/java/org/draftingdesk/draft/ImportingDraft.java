package org.draftingdesk.draft;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.draftingdesk.DraftingConfig;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.document.DocumentReader;
import org.draftingdesk.document.Dropped;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.problem.Problem;

/**
 * Importing a draft from a document (PDF, Word, or text): the document is read before any
 * transaction or lock, then its paragraphs are appended in one transaction — or, for a preview,
 * only shown, with the lines the reader threw away.
 */
@ApplicationScoped
public class ImportingDraft {

    /** A paragraph as it would be imported; {@code id} is null in a preview. */
    public record PreviewClause(Long id, String label, String kind, String text, String heading, List<String> notes) {}

    public record Preview(String intro, List<PreviewClause> clauses, List<Dropped> dropped) {}

    public record Imported(String intro, List<ClauseView> clauses, List<Dropped> dropped) {}

    private final DraftService drafts;
    private final DraftingConfig config;

    ImportingDraft(DraftService drafts, DraftingConfig config) {
        this.drafts = drafts;
        this.config = config;
    }

    /** Reads a draft document: its paragraphs, introductory text, and what was dropped. */
    public DeclarationReader.Declaration read(byte[] body, String contentType) {
        if (body != null && body.length > config.maxSourceBytes()) {
            throw Problem.tooLarge("A document of more than " + config.maxSourceBytes() + " bytes is not accepted");
        }
        return DeclarationReader.read(DocumentReader.read(body, contentType));
    }

    public Preview preview(long processId, byte[] body, String contentType, Account actor) {
        drafts.requireDrafter(processId, actor);
        var declaration = read(body, contentType);
        if (declaration.paragraphs().isEmpty()) {
            throw Problem.unprocessable("No paragraphs found: number the paragraphs (1., 2., …) or write one a line, "
                    + "e.g. 'OP1: We commit …'");
        }
        return new Preview(
                declaration.intro(),
                declaration.paragraphs().stream()
                        .map(p -> new PreviewClause(null, p.label(), p.kind(), p.text(), p.heading(), p.notes()))
                        .toList(),
                declaration.dropped());
    }

    public Imported importDocument(long processId, byte[] body, String contentType, Account actor) {
        drafts.requireDrafter(processId, actor);
        var declaration = read(body, contentType);
        return new Imported(
                declaration.intro(), drafts.importDeclaration(processId, declaration, actor), declaration.dropped());
    }
}
