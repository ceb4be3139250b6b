package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Speaker;
import dev.passerelle.core.vocabulary.EntryKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document for people, in the caller's language: a section per kind, an entry per subsection with its answer and
 * a line of facts (status, author, votes, dates, tags), and the other ways it was asked. People's text is escaped,
 * so that it reads as written and cannot make headings or links of its own.
 */
final class MarkdownExport implements ExportWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|!~])");

    private final Writer out;
    private final Speaker speaker;
    private final Instant at;

    MarkdownExport(OutputStream out, Speaker speaker, Instant at) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.speaker = speaker;
        this.at = at;
    }

    @Override
    public void begin() throws IOException {
        out.write("# " + speaker.say("export.md.title") + "\n\n" + speaker.say("export.md.exported", DAY.format(at))
                + "\n");
    }

    @Override
    public void kind(EntryKind kind) throws IOException {
        out.write("\n## " + speaker.say("export.md.kind." + kind.code()) + "\n");
    }

    @Override
    public void entry(ExportedEntry e) throws IOException {
        out.write("\n### #" + e.id() + " " + inline(e.title()) + "\n\n");
        if (e.body() != null && !e.body().isBlank()) {
            out.write(paragraphs(e.body()) + "\n\n");
        }
        out.write("*" + String.join(" · ", facts(e)) + "*\n");
        if (!e.alternates().isEmpty()) {
            out.write("\n" + speaker.say("export.md.alternates") + "\n\n");
            for (String alternate : e.alternates()) {
                out.write("- " + inline(alternate) + "\n");
            }
        }
    }

    @Override
    public void end() throws IOException {
        out.close();
    }

    private List<String> facts(ExportedEntry e) {
        List<String> facts = new ArrayList<>();
        facts.add(speaker.say("status." + e.status().code()));
        facts.add(e.language().code());
        String author = e.author().isBlank() ? "?" : inline(e.author());
        facts.add(e.team() == null || e.team().isBlank() ? author : author + " (" + inline(e.team()) + ")");
        facts.add(speaker.say("export.md.votes", e.votes(), e.helpful()));
        facts.add(speaker.say("export.md.created", DAY.format(e.createdAt()), DAY.format(e.updatedAt())));
        if (e.verifiedAt() != null) {
            facts.add(speaker.say("export.md.verified", DAY.format(e.verifiedAt())));
        }
        if (!e.tags().isEmpty()) {
            facts.add(speaker.say("export.md.tags", inline(String.join(", ", e.tags()))));
        }
        return facts;
    }

    /** One line of text, its Markdown signs escaped. */
    static String inline(String text) {
        return SPECIAL.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("\\\\$1");
    }

    /** Lines kept, each escaped; a line that would start a list or a quote stays text. */
    private static String paragraphs(String text) {
        return text.strip().lines().map(line -> SPECIAL.matcher(line.strip()).replaceAll("\\\\$1")
                .replaceFirst("^([-+=])(\\s)", "\\\\$1$2").replaceFirst("^(\\d+)\\.(\\s)", "$1\\\\.$2")).reduce((a, b) -> a + "  \n" + b).orElse("");
    }
}
