package dev.passerelle.core.search.lucene.synonyms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two files a Debian dictionary package installs under {@code /usr/share/<directory>/} (an index and its data),
 * read where they are and never copied: installed only when both are readable, and a failed read says which package to
 * reinstall.
 */
record SystemFiles(String packageName, String directory, String first, String second) {

    Path first(Path systemData) {
        return systemData.resolve(directory).resolve(first);
    }

    Path second(Path systemData) {
        return systemData.resolve(directory).resolve(second);
    }

    boolean installedUnder(Path systemData) {
        return Files.isReadable(first(systemData)) && Files.isReadable(second(systemData));
    }

    UncheckedIOException unreadable(Path file, IOException cause) {
        return new UncheckedIOException("Cannot read " + file + "; reinstall " + packageName, cause);
    }
}
