package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.vocabulary.Audience;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The lists people browse, limited to what the audience may see: open pain points and drafts to review. */
public final class Listings {

    /** How many pain points of each status are read before the most backed are kept. */
    private static final int PAIN_POINTS_READ = 50;

    private final EntryRepository entries;

    public Listings(EntryRepository entries) {
        this.entries = entries;
    }

    /** Open pain points, most backed first. */
    public List<Entry> openPainPoints(Audience audience, int limit) {
        return Stream.of(EntryStatus.DRAFT, EntryStatus.VERIFIED)
                .flatMap(status -> entries.list(EntryKind.PAIN_POINT, status, PAIN_POINTS_READ).stream())
                .filter(e -> e.painStatus() == PainStatus.OPEN && audience.sees(e.channelKey(), e.restricted()))
                .sorted(Comparator.comparingInt(Entry::votes).reversed())
                .limit(limit).toList();
    }

    /** FAQs and insights waiting for a knowledge manager. */
    public List<Entry> drafts(Audience audience, int limit) {
        return Stream.of(EntryKind.FAQ, EntryKind.INSIGHT)
                .flatMap(kind -> entries.list(kind, EntryStatus.DRAFT, limit).stream())
                .filter(e -> audience.sees(e.channelKey(), e.restricted()))
                .limit(limit).toList();
    }
}
