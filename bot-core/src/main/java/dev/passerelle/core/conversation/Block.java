package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import java.util.List;

/**
 * A platform-neutral piece of a reply. Sealed, so a renderer that forgets a new kind of block
 * fails to compile.
 */
public sealed interface Block {

    /** A paragraph of plain text (never markup: renderers escape it). */
    record Section(String text) implements Block {
        public Section {
            text = Echo.neutralise(text);
        }
    }

    /** Label/value pairs shown side by side. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** Knowledge entries, best first, each with its own buttons beside it. */
    record Entries(List<EntryCard> entries) implements Block {
        public Entries {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Further entries worth a look, below the answer or the suggestions, shown as one compact line of titles
     * ("See also: #12 …, #33 …") so that a reply stays short.
     *
     * @param label what introduces them, in the reply's language
     */
    record Related(String label, List<EntryCard> entries) implements Block {
        public Related {
            label = Echo.neutralise(label);
            entries = List.copyOf(entries);
        }
    }

    /** People, best first, each with the evidence behind the name. */
    record People(List<PersonCard> people) implements Block {
        public People {
            people = List.copyOf(people);
        }
    }

    record Field(String label, String value) {
        public Field {
            label = Echo.neutralise(label);
            value = Echo.neutralise(value);
        }
    }

    /**
     * A button on an entry: its label in the reply's language, what it does, and the entry it acts on.
     *
     * @param desk true when it is on the knowledge manager's desk: a click on it redraws the whole desk, not only
     *             the entry it was beside
     */
    record Button(String label, Action action, long entryId, boolean desk) {
        public Button {
            label = Echo.neutralise(label);
            if (action == null) {
                throw new IllegalArgumentException("a button needs an action");
            }
        }

        public Button(String label, Action action, long entryId) {
            this(label, action, entryId, false);
        }

        /** The same button, on the desk. */
        public Button onDesk() {
            return new Button(label, action, entryId, true);
        }
    }

    /**
     * A file the reply brings (an export): each platform delivers it its own way (an upload, a file-consent card,
     * a file written to disk). The bytes are the whole file.
     *
     * @param name      the file name, without a directory
     * @param mediaType its MIME type ({@code text/csv; charset=UTF-8}…)
     */
    record File(String name, String mediaType, byte[] bytes) implements Block {
        public File {
            if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
                throw new IllegalArgumentException("a file needs a plain name");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        public int size() {
            return bytes.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof File file && name.equals(file.name) && mediaType.equals(file.mediaType)
                    && java.util.Arrays.equals(bytes, file.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, mediaType, java.util.Arrays.hashCode(bytes));
        }

        @Override
        public String toString() {
            return "File[" + name + ", " + mediaType + ", " + bytes.length + " bytes]";
        }
    }
}
