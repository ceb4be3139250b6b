package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV with a header row and no byte order mark, quoted by Commons CSV. A text cell a spreadsheet would run
 * as a formula ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage return first) is prefixed with an
 * apostrophe, the mark spreadsheets read as "this is text" (OWASP's advice on CSV injection).
 */
final class CsvExport implements ExportWriter {

    static final String[] HEADER = {"id", "kind", "status", "pain_status", "title", "body", "tags", "language",
            "author", "team", "votes", "helpful", "created_at", "updated_at", "verified_at", "alternate_questions"};

    private final CSVPrinter out;

    CsvExport(OutputStream out) throws IOException {
        this.out = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    @Override
    public void begin() {
        // Commons CSV writes the header with the first record (or at the end, for an empty file).
    }

    @Override
    public void kind(EntryKind kind) {
        // One table: each row says its kind.
    }

    @Override
    public void entry(ExportedEntry e) throws IOException {
        out.printRecord(e.id(), e.kind().code(), e.status().code(), e.painStatus() == null ? "" : e.painStatus().code(),
                text(e.title()), text(e.body()), text(String.join(", ", e.tags())), e.language().code(),
                text(e.author()), text(e.team()), e.votes(), e.helpful(), time(e.createdAt()), time(e.updatedAt()),
                time(e.verifiedAt()), text(String.join("\n", e.alternates())));
    }

    @Override
    public void end() throws IOException {
        out.close();
    }

    /** A cell of people's text, defused when a spreadsheet would read it as a formula. */
    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : at.toString();
    }
}
