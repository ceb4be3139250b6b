package dev.passerelle.core.curation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes of an export, up to a limit: past it, writing fails with {@link TooLarge} at once, so that a huge
 * knowledge base costs the limit in memory, never more.
 */
final class ExportOutput extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long limit;

    ExportOutput(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        room(1);
        bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        room(len);
        bytes.write(b, off, len);
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private void room(int more) throws TooLarge {
        if (bytes.size() + (long) more > limit) {
            throw new TooLarge(limit);
        }
    }

    /** The export would be larger than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the export is larger than " + limit + " bytes");
        }
    }
}
