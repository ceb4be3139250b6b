package dev.passerelle.app.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The chat's input, line by line, where only {@code \n} ends a line: a carriage return inside a JSON
 * string is part of the text, not a line break, so that every answer stays on the line of its question
 * ({@link java.io.BufferedReader#readLine} would split there and put every later answer one line off).
 * One {@code \r} just before the {@code \n} is dropped, so that Windows line endings read the same.
 */
final class InputLines {

    private InputLines() {}

    static void forEach(InputStream in, Consumer<String> handler) {
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        try {
            for (int c = reader.read(); c != -1; c = reader.read()) {
                if (c == '\n') {
                    handler.accept(withoutFinalCr(line));
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the chat input", e);
        }
        if (!line.isEmpty()) {
            handler.accept(withoutFinalCr(line));
        }
    }

    private static String withoutFinalCr(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
