package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code {"exported_at": …, "entries": [{…}, …]}}, written with Jackson's streaming generator: one entry at a time.
 * Field names are snake_case and stable, for scripts.
 */
final class JsonExport implements ExportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonGenerator out;
    private final Instant at;

    JsonExport(OutputStream out, Instant at) {
        this.out = JSON.createGenerator(out);
        this.at = at;
    }

    @Override
    public void begin() throws IOException {
        io(this::start);
    }

    private void start() {
        out.writeStartObject();
        out.writeStringProperty("exported_at", at.toString());
        out.writeArrayPropertyStart("entries");
    }

    @Override
    public void kind(EntryKind kind) {
        // One flat list: each entry says its kind.
    }

    @Override
    public void entry(ExportedEntry e) throws IOException {
        io(() -> write(e));
    }

    private void write(ExportedEntry e) {
        out.writeStartObject();
        out.writeNumberProperty("id", e.id());
        out.writeStringProperty("kind", e.kind().code());
        out.writeStringProperty("status", e.status().code());
        optional("pain_status", e.painStatus() == null ? null : e.painStatus().code());
        out.writeStringProperty("title", e.title());
        optional("body", e.body());
        out.writeArrayPropertyStart("tags");
        e.tags().forEach(out::writeString);
        out.writeEndArray();
        out.writeStringProperty("language", e.language().code());
        out.writeStringProperty("author", e.author());
        optional("team", e.team());
        out.writeNumberProperty("votes", e.votes());
        out.writeNumberProperty("helpful", e.helpful());
        out.writeStringProperty("created_at", e.createdAt().toString());
        out.writeStringProperty("updated_at", e.updatedAt().toString());
        optional("verified_at", e.verifiedAt() == null ? null : e.verifiedAt().toString());
        out.writeArrayPropertyStart("alternate_questions");
        e.alternates().forEach(out::writeString);
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        io(() -> {
            out.writeEndArray();
            out.writeEndObject();
            out.close();
        });
    }

    /** Jackson 3 reports the output's failures unchecked; the export's bound is an IOException again. */
    private static void io(Runnable writing) throws IOException {
        try {
            writing.run();
        } catch (JacksonIOException e) {
            throw e.getCause() instanceof IOException cause ? cause : new IOException(e);
        }
    }

    private void optional(String name, @Nullable String value) {
        if (value == null) {
            out.writeNullProperty(name);
        } else {
            out.writeStringProperty(name, value);
        }
    }
}
