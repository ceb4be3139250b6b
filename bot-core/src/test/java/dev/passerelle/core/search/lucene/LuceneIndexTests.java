package dev.passerelle.core.search.lucene;

import static dev.passerelle.core.search.SearchQueries.french;
import static dev.passerelle.core.store.NewEntries.faq;
import static dev.passerelle.core.store.NewEntries.insight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import dev.passerelle.core.search.DocType;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How the index follows the store's change log, and how it recovers when it falls behind or is lost. */
class LuceneIndexTests extends WithIndexedStore {

    private static final Instant AT = NewEntries.AT;

    @Nested
    class FollowingTheChangeLog {

        @Test
        void findsAStoredEntryOnlyOnceCaughtUp() {
            Entry entry = kb.stored(insight("Le VPN coupe à 18h"));

            assertThat(kb.idsFound(french("vpn"))).isEmpty();

            kb.index().catchUp();

            assertThat(kb.search(french("vpn"))).singleElement().satisfies(hit -> {
                assertThat(hit.type()).isEqualTo(DocType.ENTRY);
                assertThat(hit.id()).isEqualTo(entry.id());
                assertThat(hit.personId()).isEqualTo(kb.author);
                assertThat(hit.kind()).isEqualTo(DocKind.INSIGHT);
                assertThat(hit.status()).isEqualTo(DocStatus.DRAFT);
                assertThat(hit.score()).isPositive();
                assertThat(hit.updatedAtMillis()).isEqualTo(AT.toEpochMilli());
            });
        }

        @Test
        void countsTheChangesItApplied() {
            Entry tip = kb.stored(insight("Astuce : Ctrl+K ouvre la recherche"));
            kb.stored(insight("Le VPN coupe à 18h"));
            kb.store.entries().addVote(tip.id(), kb.author, AT);

            assertThat(kb.index().catchUp()).isEqualTo(3);
            assertThat(kb.index().catchUp()).isZero();
        }

        @Test
        void remembersTheNewestChangeItApplied() {
            kb.stored(insight("Astuce : Ctrl+K ouvre la recherche"));
            kb.stored(insight("Le VPN coupe à 18h"));
            long before = kb.index().lastApplied();

            kb.index().catchUp();

            assertThat(before).isZero();
            assertThat(kb.index().lastApplied()).isEqualTo(kb.newestChange());
        }

        @Test
        void reindexesAnEntryWhoseStatusChangedWithoutDuplicatingIt() {
            Entry faq = kb.indexed(faq("Où est le wiki RH ?", "Sur wiki.acme.fr/rh"));

            kb.store.entries().updateStatus(faq.id(), EntryStatus.VERIFIED, AT.plusSeconds(60));
            kb.index().catchUp();

            assertThat(kb.search(french("wiki"))).singleElement().satisfies(hit -> {
                assertThat(hit.id()).isEqualTo(faq.id());
                assertThat(hit.status()).isEqualTo(DocStatus.VERIFIED);
                assertThat(hit.updatedAtMillis()).isEqualTo(AT.plusSeconds(60).toEpochMilli());
            });
        }

        @Test
        void keepsAnArchivedEntrySearchableWithItsStatusForCallersToFilter() {
            Entry faq = kb.indexed(faq("Où est le wiki RH ?", "Sur wiki.acme.fr/rh"));

            kb.store.entries().updateStatus(faq.id(), EntryStatus.ARCHIVED, AT.plusSeconds(60));
            kb.index().catchUp();

            assertThat(kb.search(french("wiki"))).extracting(Hit::id, Hit::status)
                    .containsExactly(tuple(faq.id(), DocStatus.ARCHIVED));
        }

        @Test
        void findsADeclaredSkillUntilItIsRemoved() {
            kb.store.people().addSkill(kb.author, "Salesforce", AT);
            kb.index().catchUp();

            assertThat(kb.search(french("salesforce").kinds(DocKind.SKILL))).singleElement()
                    .satisfies(hit -> {
                        assertThat(hit.type()).isEqualTo(DocType.SKILL);
                        assertThat(hit.personId()).isEqualTo(kb.author);
                    });

            kb.store.people().removeSkill(kb.author, "salesforce");
            kb.index().catchUp();

            assertThat(kb.search(french("salesforce"))).isEmpty();
        }

        @Test
        void followsAnAnswerFromGivenToConfirmed() {
            long answer = kb.store.evidence().recordAnswer(kb.author, "M2", "T1", NewEntries.PUBLIC_CHANNEL, false,
                    "Il faut redémarrer le client VPN", Language.FR, AT).id();
            kb.index().catchUp();
            assertThat(kb.search(french("vpn").kinds(DocKind.ANSWER))).extracting(Hit::status)
                    .containsExactly(DocStatus.GIVEN);

            kb.store.evidence().confirm(answer);
            kb.index().catchUp();

            assertThat(kb.search(french("vpn").kinds(DocKind.ANSWER))).extracting(Hit::id, Hit::status)
                    .containsExactly(tuple(answer, DocStatus.CONFIRMED));
        }
    }

    @Nested
    class Recovering {

        @Test
        void recordsTheLastAppliedChangeInTheIndexCommit() throws IOException {
            kb.indexed(insight("Le VPN coupe à 18h"));

            assertThat(committedLastChange()).isEqualTo(String.valueOf(kb.newestChange()));
        }

        @Test
        void findsWhatItFollowedBeforeCommittingIt() throws IOException {
            Entry early = kb.indexed(insight("Le VPN coupe à 18h"));
            String committed = committedLastChange();
            Entry later = kb.stored(insight("Le VPN est lent depuis la mise à jour"));

            kb.index().follow();

            assertThat(kb.idsFound(french("vpn"))).containsExactlyInAnyOrder(early.id(), later.id());
            assertThat(kb.index().uncommitted()).isPositive();
            assertThat(committedLastChange()).isEqualTo(committed);

            kb.index().commit();

            assertThat(kb.index().uncommitted()).isZero();
            assertThat(committedLastChange()).isEqualTo(String.valueOf(kb.newestChange()));
        }

        @Test
        void rebuildsEverythingFromTheChangeLogWhenTheIndexDirectoryIsDeleted() throws IOException {
            kb.stored(insight("Le VPN coupe à 18h"));
            kb.stored(faq("Comment joindre le support VPN ?", "Ticket dans ServiceNow"));
            kb.store.people().addSkill(kb.author, "VPN", AT);
            kb.index().catchUp();
            List<Hit> before = kb.search(french("vpn"));
            long lastApplied = kb.index().lastApplied();

            kb.closeIndex();
            deleteRecursively(kb.indexDir);
            kb.reopenIndex();

            assertThat(kb.index().lastApplied()).isEqualTo(lastApplied);
            assertThat(kb.search(french("vpn"))).hasSize(3).isEqualTo(before);
        }

        @Test
        void catchesUpOnOpenWithWhatWasWrittenWhileItWasClosed() {
            Entry early = kb.indexed(insight("Le VPN coupe à 18h"));
            kb.closeIndex();

            Entry whileClosed = kb.stored(insight("Le VPN est lent depuis la mise à jour"));
            kb.store.entries().updateStatus(early.id(), EntryStatus.VERIFIED, AT.plusSeconds(60));
            kb.reopenIndex();

            assertThat(kb.index().lastApplied()).isEqualTo(kb.newestChange());
            assertThat(kb.search(french("vpn"))).extracting(Hit::id)
                    .containsExactlyInAnyOrder(early.id(), whileClosed.id());
            assertThat(kb.index().catchUp()).isZero();
        }

        @Test
        void replaysWhatAnOlderCopyOfTheIndexMissedWithoutDuplicates() throws IOException {
            Entry early = kb.indexed(insight("Le VPN coupe à 18h"));
            kb.closeIndex();
            Path olderCopy = copy(kb.indexDir, temp.resolve("older-index"));
            kb.reopenIndex();
            Entry later = kb.indexed(insight("Le VPN est lent depuis la mise à jour"));
            kb.store.entries().updateStatus(early.id(), EntryStatus.VERIFIED, AT.plusSeconds(60));
            kb.index().catchUp();
            kb.closeIndex();

            deleteRecursively(kb.indexDir);
            copy(olderCopy, kb.indexDir);
            kb.reopenIndex();

            assertThat(kb.index().lastApplied()).isEqualTo(kb.newestChange());
            assertThat(kb.search(french("vpn"))).extracting(Hit::id, Hit::status).containsExactlyInAnyOrder(
                    tuple(early.id(), DocStatus.VERIFIED),
                    tuple(later.id(), DocStatus.DRAFT));
        }

        @Test
        void rebuildsAnIndexWrittenUnderAnOlderSchemaFromTheChangeLog() throws IOException {
            Entry entry = kb.indexed(faq("Comment se connecter depuis la maison ?", "Installez GlobalProtect")
                    .tagged("vpn"));
            kb.closeIndex();
            // What an older Passerelle left: a commit at the newest change, with documents lacking today's fields.
            try (var directory = FSDirectory.open(kb.indexDir);
                    var writer = new IndexWriter(directory, new IndexWriterConfig(DocumentMapper.analyzer()))) {
                writer.deleteAll();
                writer.setLiveCommitData(Map.of(LuceneIndex.LAST_CHANGE, String.valueOf(kb.newestChange())).entrySet());
                writer.commit();
            }

            kb.reopenIndex();

            assertThat(kb.idsFound(french("vpn"))).containsExactly(entry.id());
            assertThat(kb.index().lastApplied()).isEqualTo(kb.newestChange());
            assertThat(committed(LuceneIndex.SCHEMA)).isEqualTo(DocumentMapper.SCHEMA);
        }

        @Test
        void rebuildsATruncatedSegmentFromTheChangeLogByItself() throws IOException {
            List<Hit> before = indexedThreeDocumentsOnVpn();
            kb.closeIndex();
            Path segment = largestFile(kb.indexDir);
            byte[] bytes = Files.readAllBytes(segment);
            Files.write(segment, Arrays.copyOf(bytes, bytes.length / 2));

            kb.reopenIndex();

            assertThat(kb.search(french("vpn"))).isEqualTo(before);
            assertThat(kb.index().lastApplied()).isEqualTo(kb.newestChange());
        }

        @Test
        void rebuildsASegmentWithCorruptBytesFromTheChangeLogByItself() throws IOException {
            List<Hit> before = indexedThreeDocumentsOnVpn();
            kb.closeIndex();
            try (Stream<Path> files = Files.list(kb.indexDir)) {
                for (Path segmentInfo : files.filter(file -> file.toString().endsWith(".si")).toList()) {
                    byte[] bytes = Files.readAllBytes(segmentInfo);
                    for (int i = bytes.length / 3; i < bytes.length / 3 + 8; i++) {
                        bytes[i] ^= (byte) 0x5A;
                    }
                    Files.write(segmentInfo, bytes);
                }
            }

            kb.reopenIndex();

            assertThat(kb.search(french("vpn"))).isEqualTo(before);
        }

        @Test
        void rebuildsAnIndexWhoseSegmentFileIsMissing() throws IOException {
            List<Hit> before = indexedThreeDocumentsOnVpn();
            kb.closeIndex();
            Files.delete(largestFile(kb.indexDir));

            kb.reopenIndex();

            assertThat(kb.search(french("vpn"))).isEqualTo(before);
        }

        private List<Hit> indexedThreeDocumentsOnVpn() {
            kb.stored(insight("Le VPN coupe à 18h"));
            kb.stored(faq("Comment joindre le support VPN ?", "Ticket dans ServiceNow"));
            kb.store.people().addSkill(kb.author, "VPN", AT);
            kb.index().catchUp();
            List<Hit> found = kb.search(french("vpn"));
            assertThat(found).hasSize(3);
            return found;
        }

        private static Path largestFile(Path dir) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(file -> !file.getFileName().toString().equals("write.lock"))
                        .max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
            }
        }

        private String committedLastChange() throws IOException {
            return committed(LuceneIndex.LAST_CHANGE);
        }

        private String committed(String key) throws IOException {
            try (var directory = FSDirectory.open(kb.indexDir);
                    var reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData().get(key);
            }
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
