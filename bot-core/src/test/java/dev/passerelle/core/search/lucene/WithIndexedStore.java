package dev.passerelle.core.search.lucene;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test of a subclass (and of its {@code @Nested} classes) gets {@link #kb}, an {@link IndexedStore} without
 * synonyms on a fresh {@link #temp} directory, opened before any of the subclass's {@code @BeforeEach} and closed after
 * the test.
 */
abstract class WithIndexedStore {

    @TempDir
    Path temp;

    IndexedStore kb;

    @BeforeEach
    void openIndexedStore() {
        kb = new IndexedStore(temp);
    }

    @AfterEach
    void closeIndexedStore() {
        kb.close();
    }
}
