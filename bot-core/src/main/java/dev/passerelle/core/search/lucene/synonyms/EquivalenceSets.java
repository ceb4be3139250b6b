package dev.passerelle.core.search.lucene.synonyms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines of terms that mean the same ("congés = vacation = PTO"), indexed so each term's key finds every other term of
 * its lines, once each.
 */
final class EquivalenceSets {

    private final Map<String, List<Alternative>> byKey = new HashMap<>();

    void add(List<Alternative> line) {
        for (Alternative term : line) {
            String key = Keys.of(term.text());
            List<Alternative> others = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            for (Alternative other : line) {
                if (!Keys.of(other.text()).equals(key) && others.stream().noneMatch(known -> same(known, other))) {
                    others.add(other);
                }
            }
        }
    }

    Map<String, List<Alternative>> build() {
        Map<String, List<Alternative>> copy = new HashMap<>();
        byKey.forEach((key, alternatives) -> {
            if (!alternatives.isEmpty()) {
                copy.put(key, List.copyOf(alternatives));
            }
        });
        return Map.copyOf(copy);
    }

    private static boolean same(Alternative a, Alternative b) {
        return a.language() == b.language() && Keys.of(a.text()).equals(Keys.of(b.text()));
    }
}
