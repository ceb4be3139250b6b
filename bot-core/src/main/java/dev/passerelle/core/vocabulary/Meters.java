package dev.passerelle.core.vocabulary;

/**
 * What the core counts and times for the operator's metrics: answers by how sure they were, who-knows lookups,
 * captures by kind, commands that failed. Each call carries a tag and a duration, never text. The core calls it on
 * its own threads and expects it to return at once; {@link #NONE} counts nothing.
 */
public interface Meters {

    /** How sure an answer to a question was: {@code confident}, {@code likely} or {@code none}. */
    void answered(String outcome, long nanos);

    /** A "who knows" lookup, answered in {@code nanos}. */
    void whoKnows(long nanos);

    /** Knowledge captured, by kind: {@code faq}, {@code insight}, {@code pain}, {@code question}… */
    void captured(EntryKind kind);

    /** An event refused or answered with an error: a bad command, a wrong usage, over-long or binary text. */
    void commandFailed();

    Meters NONE = new Meters() {
        @Override
        public void answered(String outcome, long nanos) {
        }

        @Override
        public void whoKnows(long nanos) {
        }

        @Override
        public void captured(EntryKind kind) {
        }

        @Override
        public void commandFailed() {
        }
    };

    /** Meters installed after the core is open: counts nothing until {@link #use} is called. */
    final class Switch implements Meters {
        private volatile Meters to = NONE;

        public void use(Meters meters) {
            to = meters;
        }

        @Override
        public void answered(String outcome, long nanos) {
            to.answered(outcome, nanos);
        }

        @Override
        public void whoKnows(long nanos) {
            to.whoKnows(nanos);
        }

        @Override
        public void captured(EntryKind kind) {
            to.captured(kind);
        }

        @Override
        public void commandFailed() {
            to.commandFailed();
        }
    }
}
