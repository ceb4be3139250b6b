package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code export json|csv|md [kind]}: the knowledge base the caller may see, as one file. In a direct conversation
 * that is what the caller may see anywhere; in a channel, what that channel's members may all see (its audience),
 * since the file lands there. Members export the live knowledge (archived entries left out); knowledge managers
 * export every status. The file is bounded ({@link #MAX_BYTES}): past it, the caller is asked to export one kind at
 * a time, and nothing is held beyond the bound.
 */
public final class Exports {

    /** 20 MiB: far beyond a team's knowledge base, well within Slack's and Teams' file limits. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final long MEBIBYTE = 1024L * 1024;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Set<EntryStatus> LIVE = EnumSet.complementOf(EnumSet.of(EntryStatus.ARCHIVED));

    private final ExportRepository repository;
    private final AuditLog audit;
    private final long maxBytes;

    public Exports(ExportRepository repository, AuditLog audit) {
        this(repository, audit, MAX_BYTES);
    }

    Exports(ExportRepository repository, AuditLog audit, long maxBytes) {
        this.repository = repository;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public Outcome export(Asker asker, ExportFormat format, @Nullable EntryKind kind) {
        Set<EntryStatus> statuses = asker.role().curates() ? EnumSet.allOf(EntryStatus.class) : LIVE;
        List<EntryKind> kinds = kind == null ? List.of(EntryKind.values()) : List.of(kind);
        ExportOutput bytes = new ExportOutput(maxBytes);
        int count;
        try {
            count = write(writer(format, bytes, asker), kinds, statuses, asker);
        } catch (ExportOutput.TooLarge tooLarge) {
            return Outcome.told(asker.say("export.tooLarge", (maxBytes + MEBIBYTE - 1) / MEBIBYTE));
        } catch (IOException e) {
            throw new UncheckedIOException("an export in memory could not be written", e);
        }
        String what = kind == null ? asker.say("export.all") : asker.say("export.md.kind." + kind.code());
        if (count == 0) {
            return Outcome.told(asker.say("export.empty", what));
        }
        String name = "passerelle-" + (kind == null ? "all" : kind.code().replace('_', '-')) + "-"
                + DAY.format(asker.turn().time()) + "." + format.extension();
        audit.record(asker.person().id(), "export", "kb:" + (kind == null ? "all" : kind.code()),
                format.extension() + ", " + count + " entries, from " + asker.turn().channelRef().key(),
                asker.turn().time());
        Block.File file = new Block.File(name, format.mediaType(), bytes.toByteArray());
        return new Outcome(List.of(new Reply(asker.say("export.ready", count, what, name), asker.replyThread(), false,
                List.of(file))), List.of(), null);
    }

    private int write(ExportWriter writer, List<EntryKind> kinds, Set<EntryStatus> statuses, Asker asker)
            throws IOException {
        int[] count = {0};
        writer.begin();
        try {
            for (EntryKind kind : kinds) {
                boolean[] started = {false};
                repository.forEach(kind, statuses, asker.audience(), entry -> {
                    // The query already filters; a second look costs nothing and guards against a wrong one.
                    if (!asker.audience().sees(entry.channelKey(), entry.restricted())) {
                        return;
                    }
                    try {
                        if (!started[0]) {
                            writer.kind(kind);
                            started[0] = true;
                        }
                        writer.entry(entry);
                        count[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.end();
        return count[0];
    }

    private static ExportWriter writer(ExportFormat format, ExportOutput bytes, Asker asker) throws IOException {
        return switch (format) {
            case JSON -> new JsonExport(bytes, asker.turn().time());
            case CSV -> new CsvExport(bytes);
            case MARKDOWN -> new MarkdownExport(bytes, asker.speaker(), asker.turn().time());
        };
    }
}
