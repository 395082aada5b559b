package org.draftingdesk.silence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.draftingdesk.account.AccountService.Account;
import org.draftingdesk.account.CurrentAccount;
import org.draftingdesk.draft.DraftViews.ClauseView;
import org.draftingdesk.draft.DraftViews.RevisionView;
import org.draftingdesk.draft.RevisionPageSection;
import org.draftingdesk.problem.Problem;
import org.draftingdesk.silence.SilenceViews.SilenceView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The silence procedure in the browser: a section of the revision page (state, deadline, breaks; a
 * form for co-facilitators to place the revision under silence or extend it, one for delegates to
 * break it) and the forms' targets, which go back to the revision page.
 */
@ApplicationScoped
@Path("/processes/{pid}/revisions/{rev}/silence")
@Produces(MediaType.TEXT_HTML)
public class SilencePages implements RevisionPageSection {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'");
    /** What an HTML datetime-local field holds; the page says it is UTC. */
    static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A paragraph a delegate may name when breaking silence. */
    public record Paragraph(long id, String label, String opening) {}

    public record Section(
            long processId,
            long revisionId,
            SilenceView silence,
            String deadline,
            List<String> breakTimes,
            boolean canPlace,
            boolean canBreak,
            String minimum,
            String earliest,
            String suggested,
            List<Paragraph> paragraphs) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(Section section);
    }

    private final SilenceService silence;
    private final CurrentAccount current;

    SilencePages(SilenceService silence, CurrentAccount current) {
        this.silence = silence;
        this.current = current;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> html(long processId, RevisionView revision, Account reader) {
        if (revision.id() <= 0) {
            return Optional.empty();
        }
        SilenceView view = silence.silence(processId, String.valueOf(revision.id()), reader);
        boolean open = view.state() == SilenceState.NONE || view.state() == SilenceState.UNDER_SILENCE;
        Instant earliest = silence.earliestDeadline();
        Instant suggested = earliest.plusSeconds(7200).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        if (view.deadline() != null && view.deadline().isAfter(suggested)) {
            suggested = view.deadline();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (ClauseView c : revision.clauses()) {
            String text = c.text();
            paragraphs.add(new Paragraph(c.id(), c.label(), text.length() > 90 ? text.substring(0, 90) + "…" : text));
        }
        Section section = new Section(
                processId,
                revision.id(),
                view,
                view.deadline() == null ? null : shown(view.deadline()),
                view.breaks().stream().map(b -> shown(b.at())).toList(),
                open && silence.canPlace(processId, reader),
                view.acceptingBreaks() && silence.canBreak(processId, reader),
                SilenceService.describe(silence.minimumNotice()),
                shown(earliest),
                FIELD.format(suggested.atOffset(ZoneOffset.UTC)),
                paragraphs);
        return Optional.of(Templates.section(section).render());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@RestPath long pid, @RestPath String rev, @RestForm String deadline) {
        silence.place(pid, rev, fromField(deadline), current.get());
        return back(pid, rev);
    }

    @POST
    @Path("/breaks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response breakSilence(
            @RestPath long pid, @RestPath String rev, @RestForm List<String> clauseId, @RestForm String reason) {
        List<Long> ids = new ArrayList<>();
        for (String id : clauseId == null ? List.<String>of() : clauseId) {
            try {
                ids.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                throw Problem.badInput("clauseId", "A paragraph is named by its id, not '" + id + "'");
            }
        }
        silence.breakSilence(pid, rev, ids, reason, current.get());
        return back(pid, rev);
    }

    /** A datetime-local field's value is UTC (the form says so); an instant with its offset is taken as is. */
    static String fromField(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        try {
            return LocalDateTime.parse(value.strip()).atOffset(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String shown(Instant instant) {
        return SHOWN.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static Response back(long pid, String rev) {
        String safeRev = rev != null && rev.matches("\\d+") ? rev : "working";
        return Response.seeOther(URI.create("/processes/" + pid + "/revisions/" + safeRev + "#silence"))
                .build();
    }
}
