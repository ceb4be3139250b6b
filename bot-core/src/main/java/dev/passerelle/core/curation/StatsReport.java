package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /kb stats}: the knowledge base in figures over a period. Counts only; a topic (tag) is named only from
 * entries the asker may see, so a private channel's subjects do not leak through its tags.
 */
final class StatsReport {

    private static final int TOP_TOPICS = 5;
    private static final int MAX_WEEKS = 8;

    private final DeskStats stats;

    StatsReport(DeskStats stats) {
        this.stats = stats;
    }

    String report(Asker asker, int days, String label) {
        Instant now = asker.turn().time();
        Instant since = now.minus(days, ChronoUnit.DAYS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> lines = new ArrayList<>();
        lines.add(asker.say("stats.title", label, days));
        lines.add(entries(asker));
        lines.add(asker.say("stats.created", stats.created(since)));
        List<DeskStats.DayCount> answers = stats.answers(today.minusDays(days - 1L));
        Map<String, Integer> levels = answers.stream()
                .collect(Collectors.groupingBy(DeskStats.DayCount::level, Collectors.summingInt(DeskStats.DayCount::count)));
        int confident = levels.getOrDefault("confident", 0);
        int likely = levels.getOrDefault("likely", 0);
        int unanswered = levels.getOrDefault("unanswered", 0);
        lines.add(asker.say("stats.questions", confident + likely + unanswered, confident, likely, unanswered,
                rate(confident + likely, confident + likely + unanswered)));
        DeskStats.Votes votes = stats.feedback(since);
        lines.add(asker.say("stats.feedback", votes.helpful(), votes.notHelpful()));
        DeskStats.Contributors contributors = stats.contributors(since);
        lines.add(asker.say("stats.contributors", contributors.people(), contributors.teams()));
        lines.add(topics(asker, since));
        int weeks = Math.min(MAX_WEEKS, Math.max(1, (days + 6) / 7));
        lines.add(trend(asker, stats.answers(today.minusDays(7L * weeks - 1)), today, weeks));
        return String.join("\n", lines);
    }

    /** The desk's few lines over the last {@code days} days: new entries, questions and how they were answered, feedback. */
    List<String> summary(Asker asker, int days) {
        Instant now = asker.turn().time();
        Instant since = now.minus(days, ChronoUnit.DAYS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<String, Integer> levels = stats.answers(today.minusDays(days - 1L)).stream()
                .collect(Collectors.groupingBy(DeskStats.DayCount::level, Collectors.summingInt(DeskStats.DayCount::count)));
        int confident = levels.getOrDefault("confident", 0);
        int likely = levels.getOrDefault("likely", 0);
        int unanswered = levels.getOrDefault("unanswered", 0);
        DeskStats.Votes votes = stats.feedback(since);
        return List.of(asker.say("stats.created", stats.created(since)),
                asker.say("stats.questions", confident + likely + unanswered, confident, likely, unanswered,
                        rate(confident + likely, confident + likely + unanswered)),
                asker.say("stats.feedback", votes.helpful(), votes.notHelpful()));
    }

    private String entries(Asker asker) {
        Map<EntryKind, Map<EntryStatus, Integer>> byKind = new EnumMap<>(EntryKind.class);
        stats.entries().forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new EnumMap<>(EntryStatus.class))
                .merge(c.status(), c.count(), Integer::sum));
        if (byKind.isEmpty()) {
            return asker.say("stats.entries", asker.say("none"));
        }
        String kinds = byKind.entrySet().stream().map(kind -> {
            int total = kind.getValue().values().stream().mapToInt(Integer::intValue).sum();
            String statuses = kind.getValue().entrySet().stream()
                    .map(s -> asker.say("status." + s.getKey().code()) + " " + s.getValue())
                    .collect(Collectors.joining(", "));
            return asker.say("kind." + kind.getKey().code()) + " " + total + " (" + statuses + ")";
        }).collect(Collectors.joining(" — "));
        return asker.say("stats.entries", kinds);
    }

    /** The most used tags on the entries this asker may see. */
    private String topics(Asker asker, Instant since) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        stats.tags(since).stream().filter(t -> asker.audience().sees(t.channelKey(), t.restricted()))
                .forEach(t -> counts.merge(t.tag(), t.count(), Integer::sum));
        if (counts.isEmpty()) {
            return asker.say("stats.topics", asker.say("none"));
        }
        String top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_TOPICS).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        return asker.say("stats.topics", top);
    }

    /** The answer rate of each week of the period (at most the last eight), the oldest first. */
    private String trend(Asker asker, List<DeskStats.DayCount> answers, LocalDate today, int weeks) {
        List<String> parts = new ArrayList<>();
        for (int w = weeks - 1; w >= 0; w--) {
            LocalDate end = today.minusDays(7L * w);
            LocalDate start = end.minusDays(6);
            int answered = 0;
            int total = 0;
            for (DeskStats.DayCount c : answers) {
                if (!c.day().isBefore(start) && !c.day().isAfter(end)) {
                    total += c.count();
                    answered += c.level().equals("unanswered") ? 0 : c.count();
                }
            }
            parts.add(asker.say("stats.week", start.toString(), total == 0 ? "—" : rate(answered, total) + "%", total));
        }
        return asker.say("stats.trend", String.join(" · ", parts));
    }

    private static int rate(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
