package dev.passerelle.core.store;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Address;
import dev.passerelle.core.conversation.PendingFile;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * {@code /kb forget}: after it, nothing of the person is left in any table's text or person column of the SQLite
 * file, nor in any term or person field of the Lucene index; the entries they wrote are still there.
 */
@WithConversation(knowledgeManagers = "kim", admins = "ada")
class ForgetTests {

    private static final Sender ZORK = new Sender("zork42", "Xavière Quimby", "xq@example.com", "Zeta");
    /** What would name them: their user id, their names (folded), their e-mail. */
    private static final List<String> NEEDLES = List.of("zork42", "xaviere", "quimby", "xq@example.com");
    private static final Set<String> PERSON_COLUMNS = Set.of("person_id", "author_id", "actor_id", "endorsed_by",
            "granted_by");

    Conversation chat;

    @Test
    void nothingOfTheForgottenPersonRemainsInTheDatabaseNorInTheIndex() throws Exception {
        long written = traces();
        long zork = chat.passerelle().store().people().lookup(Platform.LOCAL, "zork42").orElseThrow().id();
        assertThat(leftovers(zork)).isNotEmpty();
        assertThat(indexLeftovers(zork)).isNotEmpty();

        assertThat(chat.dm("ada").says("/kb forget @zork42").text()).startsWith("Done: that person is erased");

        assertThat(leftovers(zork)).isEmpty();
        assertThat(indexLeftovers(zork)).isEmpty();
        assertThat(chat.entry(written).title()).isEqualTo("How do I reset the VPN token?");
        assertThat(chat.passerelle().pendingFiles().find("someone-elses-export", Instant.EPOCH)).isPresent();
        assertThat(chat.dm("alice").says("/kb ask how do I reset the VPN token?").text()).contains("press Renew");
        assertThat(chat.dm("alice").says("/kb who kubernetes").outcome().replies().getFirst().people()).isEmpty();
        assertThat(chat.passerelle().index().search(new SearchQuery("Quimby Xavière zork42", Language.EN,
                Audience.publicOnly(), Set.of(), 10, 0))).isEmpty();
    }

    /**
     * Everything a person leaves behind: entries, a DM, a skill, a vote, an answer, feedback, a role, an endorsement,
     * an export waiting for their answer and another person's that names them.
     */
    private long traces() {
        long faq = chat.in("it").from(ZORK).says("#faq How do I reset the VPN token? | Open the portal and press Renew")
                .capturedId();
        chat.dm("zork42").says("/kb add faq Where is my badge? | At reception, desk 3");
        chat.dm("zork42").says("/kb skills add Kubernetes");
        chat.dm("zork42").says("/kb me hide printers");
        chat.in("it").from("emma").says("#pain The printer jams every single day");
        chat.in("it").from(ZORK).says("#pain the printer jams every single day");
        Said question = chat.in("sales").from("alice").says("Where are the price lists kept these days?");
        chat.in("sales").from(ZORK).inThread(question.id()).says("They are in the Sales drive, folder Prices");
        long other = chat.in("sales").from("bob").says("#faq Who signs NDAs? | Legal does").capturedId();
        chat.feedback(channel("sales"), ZORK, other, true, Language.EN, Instant.now());
        chat.dm("zork42").says("/kb ask where is the canteen on the campus?");
        chat.dm("ada").says("/kb role grant @zork42 km");
        chat.dm("kim").says("/kb endorse @zork42 VPN");
        chat.dm("zork42").says("/kb verify " + other);
        PendingFiles pending = chat.passerelle().pendingFiles();
        pending.keep(new PendingFile("their-own-export", Platform.LOCAL, "local", "dm-zork42", "zork42", Language.EN,
                new Block.File("export.csv", "text/csv", "id,title\n1,Badge\n".getBytes(StandardCharsets.UTF_8)),
                Instant.now()));
        pending.keep(new PendingFile("an-export-naming-them", Platform.LOCAL, "local", "dm-alice", "alice", Language.EN,
                new Block.File("export.csv", "text/csv", "id,author\n1,Xavière Quimby\n".getBytes(StandardCharsets.UTF_8)),
                Instant.now()));
        pending.keep(new PendingFile("someone-elses-export", Platform.LOCAL, "local", "dm-bob", "bob", Language.EN,
                new Block.File("export.csv", "text/csv", "id,author\n2,Bob\n".getBytes(StandardCharsets.UTF_8)),
                Instant.now()));
        // Where a platform that writes only where it has heard from them (Teams) last saw the person.
        chat.passerelle().addresses().seen(new Address(Platform.LOCAL, "local", "zork42", "https://smba.example/zork42",
                "dm-zork42", "bot", Instant.now()));
        chat.passerelle().index().commit();
        return faq;
    }

    /** Every text and person column of every table that still names the person. */
    private List<String> leftovers(long personId) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:"
                + chat.dataDir().resolve(SqliteStore.FILE_NAME).toAbsolutePath())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = db.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String column = rows.getMetaData().getColumnName(c);
                            Object value = rows.getObject(c);
                            boolean person = PERSON_COLUMNS.contains(column) || table.equals("people") && column.equals("id");
                            if (value instanceof byte[] bytes) {
                                value = new String(bytes, StandardCharsets.UTF_8);
                            }
                            if (value instanceof String text && names(text)
                                    || person && value instanceof Number id && id.longValue() == personId) {
                                found.add(table + "." + column + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every indexed term that names the person, and every document still credited to them. */
    private List<String> indexLeftovers(long personId) throws IOException {
        chat.passerelle().index().commit();
        List<String> found = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(chat.dataDir().resolve(Passerelle.INDEX_DIR));
                DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FieldInfos fields = leaf.reader().getFieldInfos();
                for (FieldInfo field : fields) {
                    Terms terms = leaf.reader().terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        String text = term.utf8ToString();
                        if (names(text) || NEEDLES.stream().anyMatch(n -> n.length() > 5 && text.length() >= 5
                                && n.startsWith(text))) {
                            found.add(field.name + ": " + text);
                        }
                    }
                }
                var person = DocValues.getNumeric(leaf.reader(), "person");
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                        continue;
                    }
                    if (person.advanceExact(doc) && person.longValue() == personId) {
                        found.add("document " + doc + " of person " + personId);
                    }
                }
            }
        }
        return found;
    }

    private static boolean names(String text) {
        String folded = Folding.caseAndAccents(text);
        return NEEDLES.stream().anyMatch(folded::contains);
    }
}
