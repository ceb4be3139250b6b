package dev.passerelle.bench;

import dev.passerelle.bench.KnowledgeBase.Faq;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the throw-away knowledge bases of the benchmarks share: a temporary directory, FAQs written through the real
 * store as verified entries of one public channel, and the directory's deletion when the base is closed.
 */
final class ThrowAway {

    static final String CHANNEL = "local:local:general";

    private ThrowAway() {
    }

    static Path directory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the FAQs as verified entries in one transaction: their ids, in the FAQs' order. */
    static Map<Long, Faq> storeFaqs(Store store, Language language, List<Faq> faqs) {
        Map<Long, Faq> stored = new LinkedHashMap<>();
        Instant now = Instant.now();
        store.transactions().run(() -> {
            long author = store.people().resolve(Platform.LOCAL, "local", Sender.of("bench"), now).id();
            for (Faq faq : faqs) {
                long id = store.entries().insert(new NewEntry(EntryKind.FAQ, EntryStatus.VERIFIED, faq.question(),
                        faq.answer(), language, author, CHANNEL, false, faq.key(), null, List.of(), now)).id();
                stored.put(id, faq);
            }
        });
        return stored;
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
