package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.PainStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The pain-point register as people browse it: the pain points of one status that the reader may see, most
 * backed first, then those backed by the most teams, then those moving most this week; each with its +1s of the
 * last {@value #WEEKS} weeks.
 */
public final class PainStandings {

    public static final int WEEKS = 4;
    private static final Duration WEEK = Duration.ofDays(7);

    private final EntryRepository entries;
    private final PainPointRepository painPoints;

    public PainStandings(EntryRepository entries, PainPointRepository painPoints) {
        this.entries = entries;
        this.painPoints = painPoints;
    }

    /**
     * One pain point's standing.
     *
     * @param teams  the teams of its reporters and backers, each once (as first spelt)
     * @param weekly its +1s in each of the last weeks, this week first
     */
    public record Standing(Entry entry, List<String> teams, List<Integer> weekly) {
        public Standing {
            teams = List.copyOf(teams);
            weekly = List.copyOf(weekly);
        }

        public int thisWeek() {
            return weekly.getFirst();
        }
    }

    /** One page of the register, with how many pain points it holds in all. */
    public record Page(List<Standing> standings, int total, int number, int pages) {
        public Page {
            standings = List.copyOf(standings);
        }
    }

    /**
     * The page {@code number} (from 1) of pain points at {@code status} the audience sees, backed by someone of
     * {@code team} when one is given (case and accents aside).
     */
    public Page page(Audience audience, PainStatus status, @Nullable String team, int number, int size, Instant now) {
        List<Standing> all = standings(audience, status, now).stream()
                .filter(standing -> team == null || standing.teams().stream()
                        .anyMatch(t -> Folding.caseAndAccents(t).equals(Folding.caseAndAccents(team.strip()))))
                .sorted(RANKING)
                .toList();
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int from = Math.min(all.size(), (number - 1) * size);
        return new Page(all.subList(from, Math.min(all.size(), from + size)), all.size(), number, pages);
    }

    /**
     * The first {@code size} pain points at any of these statuses the audience sees, ranked as {@link #page} ranks
     * one status, with how many there are in all (the desk's register: open and acknowledged together).
     */
    public Page top(Audience audience, List<PainStatus> statuses, int size, Instant now) {
        List<Standing> all = statuses.stream().flatMap(status -> standings(audience, status, now).stream())
                .sorted(RANKING).toList();
        return new Page(all.subList(0, Math.min(size, all.size())), all.size(), 1,
                Math.max(1, (all.size() + size - 1) / size));
    }

    /** Most backed first, then backed by the most teams, then moving most this week; the oldest first after that. */
    private static final Comparator<Standing> RANKING = Comparator.comparingInt((Standing s) -> s.entry().votes())
            .reversed()
            .thenComparing(Comparator.comparingInt((Standing s) -> s.teams().size()).reversed())
            .thenComparing(Comparator.comparingInt(Standing::thisWeek).reversed())
            .thenComparingLong(s -> s.entry().id());

    private List<Standing> standings(Audience audience, PainStatus status, Instant now) {
        List<Entry> visible = entries.findAll(painPoints.withStatus(status)).stream()
                .filter(e -> audience.sees(e.channelKey(), e.restricted())).toList();
        Map<Long, List<PainPointRepository.Backing>> byEntry = painPoints.backings(visible.stream().map(Entry::id)
                .toList()).stream().collect(Collectors.groupingBy(PainPointRepository.Backing::entryId));
        return visible.stream().map(e -> standing(e, byEntry.getOrDefault(e.id(), List.of()), now)).toList();
    }

    private static Standing standing(Entry entry, List<PainPointRepository.Backing> backings, Instant now) {
        Map<String, String> teams = new LinkedHashMap<>();
        List<Integer> weekly = new ArrayList<>(List.of(0, 0, 0, 0));
        for (PainPointRepository.Backing backing : backings) {
            if (backing.team() != null && !backing.team().isBlank()) {
                teams.putIfAbsent(Folding.caseAndAccents(backing.team().strip()), backing.team().strip());
            }
            Duration age = Duration.between(backing.at(), now);
            if (!age.isNegative() && age.compareTo(WEEK.multipliedBy(WEEKS)) < 0) {
                int week = (int) age.dividedBy(WEEK);
                weekly.set(week, weekly.get(week) + 1);
            } else if (age.isNegative()) {
                weekly.set(0, weekly.get(0) + 1);
            }
        }
        return new Standing(entry, List.copyOf(teams.values()), weekly);
    }
}
