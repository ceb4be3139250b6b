package dev.passerelle.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures the short run must keep, from {@code bench/floors.properties}: {@code <figure>.min} is a floor (the
 * figure must not drop below it), {@code <figure>.max} a ceiling (for shares that should stay low, such as
 * off-topic questions answered). A floor naming a figure the run did not measure fails too, so a renamed figure
 * cannot silently stop being checked.
 */
record Floors(Map<String, Double> min, Map<String, Double> max) {

    static Floors load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the quality floors " + file, e);
        }
        Map<String, Double> min = new TreeMap<>();
        Map<String, Double> max = new TreeMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            double value = Double.parseDouble(properties.getProperty(key).strip());
            if (key.endsWith(".min")) {
                min.put(key.substring(0, key.length() - 4), value);
            } else if (key.endsWith(".max")) {
                max.put(key.substring(0, key.length() - 4), value);
            } else {
                throw new IllegalArgumentException(file + ": " + key + " must end with .min or .max");
            }
        }
        return new Floors(min, max);
    }

    /** Prints every checked figure; throws, naming each one, when any crosses its floor or ceiling. */
    void check(Map<String, Double> figures, double seconds) {
        List<String> failures = new ArrayList<>();
        System.out.println("Quality floors (bench/floors.properties):");
        min.forEach((name, floor) -> compare(name, figures.get(name), floor, true, failures));
        max.forEach((name, ceiling) -> compare(name, figures.get(name), ceiling, false, failures));
        System.out.printf(Locale.ROOT, "[bench] %d figures within their floors, %d not%n",
                min.size() + max.size() - failures.size(), failures.size());
        System.out.printf(Locale.ROOT, "[bench] short run took %.0f s%n", seconds);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Quality below its floor: " + String.join("; ", failures));
        }
    }

    private static void compare(String name, Double value, double bound, boolean floor, List<String> failures) {
        boolean ok = value != null && (floor ? value >= bound : value <= bound);
        String line = value == null
                ? String.format(Locale.ROOT, "%s: not measured (%s %.3f)", name, floor ? "floor" : "ceiling", bound)
                : String.format(Locale.ROOT, "%s = %.3f (%s %.3f)", name, value, floor ? "floor" : "ceiling", bound);
        System.out.println("  " + (ok ? "ok   " : "FAIL ") + line);
        if (!ok) {
            failures.add(line);
        }
    }
}
