package org.draftingdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds one process of a given size. What the API does well and is worth measuring (importing a
 * hearing, importing a draft, editing, issuing revisions) goes through the API; bulk rows whose
 * creation is not measured (links, comments) are inserted with SQL.
 */
final class BenchData {

    /** S: the 2025 seeds (hearing and adopted declaration), one link per paragraph, one revision. */
    record Size(
            String name,
            int hearings,
            int themesPerHearing,
            int recommendationsPerTheme,
            int clauses,
            int revisions,
            int links,
            int comments) {
        static Size of(String name) {
            return switch (name) {
                case "S" -> new Size("S", 1, 0, 0, 0, 1, 0, 0);
                case "M" -> new Size("M", 10, 10, 10, 150, 12, 3_000, 2_000);
                case "L" -> new Size("L", 100, 10, 10, 1_500, 120, 30_000, 20_000);
                default -> throw new IllegalArgumentException("size S, M or L, not " + name);
            };
        }
    }

    record Built(
            long processId,
            long firstRevision,
            long lastRevision,
            List<Long> clauseIds,
            Map<Long, Integer> versions,
            List<Double> hearingImportMs,
            Map<String, Long> counts,
            Map<String, Double> stepSeconds) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORDS = ("victims survivors trafficking persons support protection prevention "
                    + "technology online platforms data cooperation women children forced labour criminality justice "
                    + "migration poverty conflict partnerships private sector financial institutions shelters referral "
                    + "identification prosecution training law enforcement accountability demand exploitation remedies "
                    + "compensation labour inspection supply chains recruitment fees social media early warning")
            .split(" ");
    private static final String[] SPEAKERS = {
        "Civil society organizations called for",
        "Member States should ensure",
        "Survivors urged Member States to guarantee",
        "Participants recommended",
        "UN entities called for",
        "The private sector should invest in",
        "Academia recommended research on",
        "Panellists called for"
    };

    private BenchData() {}

    static Built build(Size size, Load.Target target, Load.Http http) throws Exception {
        Map<String, Double> steps = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long pid = JSON.readTree(ok(
                        http.send(
                                "POST",
                                "/api/processes",
                                "application/json",
                                JSON.writeValueAsString(
                                        Map.of("title", "Bench " + size.name() + " " + System.nanoTime()))),
                        201))
                .path("id")
                .asLong();
        List<Double> importMs = new ArrayList<>();
        String draft;
        Random random = new Random(42);
        if (size.name().equals("S")) {
            JsonNode manifest = JSON.readTree(Files.readString(Path.of("seeds/manifest.json")));
            JsonNode withDraft = null;
            for (JsonNode p : manifest.path("processes")) {
                if (p.hasNonNull("draft")) {
                    withDraft = p;
                }
            }
            JsonNode hearing = null;
            for (JsonNode d : withDraft.path("documents")) {
                if ("hearing-summary".equals(d.path("kind").asText())) {
                    hearing = d;
                }
            }
            importMs.add(importHearing(
                    http,
                    pid,
                    hearing.path("title").asText(),
                    hearing.path("date").asText(),
                    Files.readString(Path.of("seeds", hearing.path("file").asText()))));
            draft = Files.readString(Path.of("seeds", withDraft.path("draft").asText()));
        } else {
            for (int h = 1; h <= size.hearings(); h++) {
                importMs.add(importHearing(
                        http, pid, "Generated hearing " + h, "2025-06-" + (10 + h % 20), hearing(random, h, size)));
            }
            StringBuilder d = new StringBuilder();
            for (int c = 1; c <= size.clauses(); c++) {
                d.append("OP")
                        .append(c)
                        .append(": We commit to ")
                        .append(words(random, 14 + random.nextInt(14)))
                        .append(".\n");
            }
            draft = d.toString();
        }
        steps.put("hearings (API)", (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        JsonNode clauses = JSON.readTree(
                        ok(http.send("POST", "/api/processes/" + pid + "/draft/import", "text/plain", draft), 201))
                .path("clauses");
        List<Long> clauseIds = new ArrayList<>();
        Map<Long, Integer> versions = new HashMap<>();
        for (JsonNode c : clauses) {
            clauseIds.add(c.path("id").asLong());
            versions.put(c.path("id").asLong(), c.path("version").asInt(1));
        }
        steps.put("draft import (API)", (System.nanoTime() - t1) / 1e9);

        long t2 = System.nanoTime();
        int links = size.name().equals("S") ? clauseIds.size() : size.links();
        try (Connection db = target.connect()) {
            insertLinks(db, pid, clauseIds, links);
        }
        steps.put("links (SQL)", (System.nanoTime() - t2) / 1e9);

        long t3 = System.nanoTime();
        long first = 0;
        long last = 0;
        for (int r = 0; r < size.revisions(); r++) {
            if (r > 0) {
                for (int e = 0; e < 3; e++) {
                    long cid = clauseIds.get(random.nextInt(clauseIds.size()));
                    JsonNode edited = JSON.readTree(ok(
                            http.send(
                                    "PUT",
                                    "/api/processes/" + pid + "/draft/clauses/" + cid,
                                    "application/json",
                                    JSON.writeValueAsString(Map.of(
                                            "text",
                                            "We commit to " + words(random, 16) + " in round " + r + ".",
                                            "version",
                                            versions.get(cid)))),
                            200));
                    versions.put(cid, edited.path("version").asInt());
                }
            }
            long id = JSON.readTree(ok(
                            http.send(
                                    "POST",
                                    "/api/processes/" + pid + "/revisions",
                                    "application/json",
                                    JSON.writeValueAsString(Map.of("label", r == 0 ? "Zero draft" : "Rev." + r))),
                            201))
                    .path("id")
                    .asLong();
            first = r == 0 ? id : first;
            last = id;
        }
        steps.put("revisions (API)", (System.nanoTime() - t3) / 1e9);

        long t4 = System.nanoTime();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = target.connect()) {
            insertComments(db, pid, last, size.comments());
            counts.put("hearings", count(db, "select count(*) from source_document where process_id = ?", pid));
            counts.put(
                    "themes",
                    count(
                            db,
                            "select count(*) from theme t join source_document s on s.id = t.source_id "
                                    + "where s.process_id = ?",
                            pid));
            counts.put(
                    "recommendations",
                    count(
                            db,
                            "select count(*) from recommendation r join theme t on t.id = "
                                    + "r.theme_id join source_document s on s.id = t.source_id where s.process_id = ?",
                            pid));
            counts.put("clauses", count(db, "select count(*) from clause where process_id = ?", pid));
            counts.put("revisions", count(db, "select count(*) from revision where process_id = ?", pid));
            counts.put("links", count(db, "select count(*) from trace_link where process_id = ?", pid));
            counts.put("comments", count(db, "select count(*) from clause_comment where process_id = ?", pid));
        }
        steps.put("comments (SQL)", (System.nanoTime() - t4) / 1e9);

        // Measure the steady state: the sentence vectors of everything imported are computed after
        // commit by the embedding queue; wait until it is empty (its drain time is a figure too).
        long t5 = System.nanoTime();
        try (Connection db = target.connect()) {
            while (count(db, "select count(*) from embedding_job where ? > 0", 1) > 0) {
                Thread.sleep(1_000);
            }
        }
        steps.put("embedding queue drained (after the last write)", (System.nanoTime() - t5) / 1e9);
        return new Built(pid, first, last, clauseIds, versions, importMs, counts, steps);
    }

    private static double importHearing(Load.Http http, long pid, String title, String date, String text)
            throws Exception {
        long start = System.nanoTime();
        ok(
                http.send(
                        "POST",
                        "/api/processes/" + pid + "/sources?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
                                + "&date=" + date,
                        "text/plain",
                        text),
                201);
        return (System.nanoTime() - start) / 1e6;
    }

    private static String hearing(Random random, int number, Size size) {
        StringBuilder s = new StringBuilder("# Summary of generated hearing ")
                .append(number)
                .append("\n\n## Key messages\n\n");
        for (int t = 1; t <= size.themesPerHearing(); t++) {
            s.append("### ")
                    .append(t)
                    .append(". ")
                    .append(Character.toUpperCase(WORDS[(number + t) % WORDS.length].charAt(0)))
                    .append(WORDS[(number + t) % WORDS.length].substring(1))
                    .append(" and ")
                    .append(WORDS[(number * 7 + t) % WORDS.length])
                    .append("\n\n");
            for (int r = 0; r < size.recommendationsPerTheme(); r++) {
                s.append(SPEAKERS[random.nextInt(SPEAKERS.length)])
                        .append(' ')
                        .append(words(random, 12 + random.nextInt(12)))
                        .append(".\n\n");
            }
        }
        return s.append("## Closing remarks\n\nThe hearing was closed.\n").toString();
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static void insertLinks(Connection db, long pid, List<Long> clauseIds, int links) throws Exception {
        List<Long> recs = new ArrayList<>();
        try (PreparedStatement q =
                db.prepareStatement("select r.id from recommendation r join theme t on t.id = r.theme_id "
                        + "join source_document s on s.id = t.source_id where s.process_id = ? order by r.id")) {
            q.setLong(1, pid);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    recs.add(rs.getLong(1));
                }
            }
        }
        int perClause = Math.max(1, links / clauseIds.size());
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into trace_link (process_id, clause_id, "
                + "recommendation_id, state, rationale, created_by, updated_by) values (?, ?, ?, ?, 'generated', 'admin', "
                + "'admin') on conflict do nothing")) {
            for (int c = 0; c < clauseIds.size(); c++) {
                for (int k = 0; k < perClause; k++) {
                    insert.setLong(1, pid);
                    insert.setLong(2, clauseIds.get(c));
                    insert.setLong(3, recs.get((int) ((c * 37L + k * 101L) % recs.size())));
                    insert.setString(4, k % 20 == 19 ? "suspect" : k % 20 == 18 ? "suggested" : "confirmed");
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement events =
                db.prepareStatement("insert into trace_link_event (link_id, actor, state, note) "
                        + "select id, 'admin', state, 'generated' from trace_link where process_id = ?")) {
            events.setLong(1, pid);
            events.executeUpdate();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void insertComments(Connection db, long pid, long revision, int comments) throws Exception {
        if (comments == 0) {
            return;
        }
        List<Long> delegations = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("select id from delegation order by id");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                delegations.add(rs.getLong(1));
            }
        }
        List<Long> clauses = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "select clause_id from revision_clause where revision_id = ? " + "order by ordinal")) {
            q.setLong(1, revision);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    clauses.add(rs.getLong(1));
                }
            }
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert =
                db.prepareStatement("insert into clause_comment (process_id, revision_id, clause_id, "
                        + "delegation_id, author, kind, body) values (?, ?, ?, ?, 'admin', 'comment', ?)")) {
            for (int i = 0; i < comments; i++) {
                insert.setLong(1, pid);
                insert.setLong(2, revision);
                insert.setLong(3, clauses.get(i % clauses.size()));
                insert.setLong(4, delegations.get(i % delegations.size()));
                insert.setString(5, "Generated comment " + i + " on the wording of this paragraph.");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static long count(Connection db, String sql, long pid) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, pid);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String ok(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
