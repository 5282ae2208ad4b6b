package org.prossima.data.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active offerings as one catalogue version had them (live seats included), in PostgreSQL's
 * order of {@code (title, id)}, with the offerings PostgreSQL's Italian text search finds for each
 * text searched at that version and their {@code ts_rank}. A search filters and pages these in
 * memory: the database computes what only it can (stemming, matching, ranking) once per text and
 * version, and is not read again until something changes.
 */
final class CatalogueSnapshot {

    /** Texts whose matches are kept at once; when full, it starts over. */
    static final int MAX_TEXTS = 2_000;

    /** The offerings one text finds: indexes into {@link #offerings()}, best first, and their ranks. */
    record WordMatches(int[] offerings, double[] ranks) {
    }

    /** An offering and its rank as PostgreSQL computed them for one text. */
    record Ranked(UUID id, double rank) {
    }

    private final long version;
    private final long loadedMillis;
    private final List<Offering> offerings;
    private final Map<UUID, Integer> positions;
    private final OfferingFilter filter;
    private final Map<String, WordMatches> wordMatches = new ConcurrentHashMap<>();
    /** The offerings' words for {@link #plainWordMatches}, made at its first call. */
    private volatile List<List<String>> plainWords;
    /** What the texts searched on the snapshot before this one found there, and what changed since. */
    private final Earlier earlier;

    /**
     * The word matches of the snapshot before, to be carried over: a text's matches stay true of every offering but
     * the changed ones, whose ranks alone are asked of the database again. Only the snapshot just before is kept
     * (its offerings and its matches, not the snapshot itself), so that a chain of changes holds no older one.
     */
    private record Earlier(List<Offering> offerings, Map<String, WordMatches> wordMatches, Set<UUID> changed) {

        static final Earlier NONE = new Earlier(List.of(), Map.of(), Set.of());
    }

    /** What a text finds in the whole catalogue, and among some offerings only (PostgreSQL computes both). */
    interface WordSearch {

        List<Ranked> all(String text);

        List<Ranked> among(String text, Set<UUID> offerings);
    }

    /** @param offerings active offerings ordered by title, then id */
    CatalogueSnapshot(long version, long loadedMillis, List<Offering> offerings) {
        this(version, loadedMillis, offerings, Earlier.NONE);
    }

    private CatalogueSnapshot(long version, long loadedMillis, List<Offering> offerings, Earlier earlier) {
        this.earlier = earlier;
        this.version = version;
        this.loadedMillis = loadedMillis;
        this.offerings = List.copyOf(offerings);
        this.positions = new HashMap<>(offerings.size() * 2);
        for (int i = 0; i < offerings.size(); i++) {
            positions.put(offerings.get(i).id(), i);
        }
        this.filter = new OfferingFilter(this.offerings);
    }

    long version() {
        return version;
    }

    /** When the whole catalogue was last read, of which this snapshot is the latest change. */
    long loadedMillis() {
        return loadedMillis;
    }

    boolean knows(UUID offering) {
        return positions.containsKey(offering);
    }

    /**
     * A new snapshot: this one's offerings in the new {@code order} of the active ones, the {@code changed} rows
     * replacing what this one had. Every id in the order is one of this snapshot's or a changed row.
     */
    CatalogueSnapshot withChanges(long newVersion, List<UUID> order, Map<UUID, Offering> changed,
            Set<UUID> changedIds) {
        List<Offering> next = new ArrayList<>(order.size());
        for (UUID id : order) {
            Offering offering = changed.get(id);
            if (offering == null) {
                Integer position = positions.get(id);
                if (position == null) {
                    throw new IllegalArgumentException("offering " + id + " is neither known nor changed");
                }
                offering = offerings.get(position);
            }
            next.add(offering);
        }
        Set<UUID> allChanged = new HashSet<>(changedIds);
        allChanged.addAll(changed.keySet());
        return new CatalogueSnapshot(newVersion, loadedMillis, next,
                new Earlier(offerings, Map.copyOf(wordMatches), allChanged));
    }

    /** Active offerings ordered by title, then id. */
    List<Offering> offerings() {
        return offerings;
    }

    /**
     * What a text finds by a plain word match in memory, for while the database is away: the offerings' words are
     * made once for this snapshot, at its first such search.
     */
    WordMatches plainWordMatches(String text) {
        List<List<String>> words = plainWords;
        if (words == null) {
            words = PlainWordMatch.wordsOf(offerings);
            plainWords = words;
        }
        return PlainWordMatch.matching(words, text);
    }

    /** The positions of the offerings passing every filter of the query but its words. */
    BitSet passingFilters(OfferingQuery query) {
        return filter.matching(query);
    }

    /**
     * What a text finds, from {@code search} the first time it is asked at this version. Offerings
     * the database finds that this version does not have (written since) are left out: they belong
     * to the next version, which the notification of their write brings.
     */
    WordMatches wordMatches(String text, WordSearch search) {
        WordMatches known = wordMatches.get(text);
        if (known != null) {
            return known;
        }
        if (wordMatches.size() >= MAX_TEXTS) {
            wordMatches.clear();
        }
        return wordMatches.computeIfAbsent(text, t -> order(found(t, search)));
    }

    /** What the text finds: carried over from the snapshot before when it was searched there, else all asked. */
    private List<Ranked> found(String text, WordSearch search) {
        WordMatches before = earlier.wordMatches().get(text);
        if (before == null) {
            return search.all(text);
        }
        List<Ranked> found = new ArrayList<>(before.offerings().length + earlier.changed().size());
        for (int i = 0; i < before.offerings().length; i++) {
            UUID id = earlier.offerings().get(before.offerings()[i]).id();
            if (!earlier.changed().contains(id)) {
                found.add(new Ranked(id, before.ranks()[i]));
            }
        }
        found.addAll(search.among(text, earlier.changed()));
        return found;
    }

    /** Best rank first; equal ranks in title order, as the database would page them. */
    private WordMatches order(List<Ranked> found) {
        record Match(int position, double rank) {
        }
        Match[] matches = found.stream().filter(r -> positions.containsKey(r.id()))
                .map(r -> new Match(positions.get(r.id()), r.rank())).toArray(Match[]::new);
        Arrays.sort(matches, (a, b) -> a.rank() != b.rank() ? Double.compare(b.rank(), a.rank())
                : Integer.compare(a.position(), b.position()));
        int[] positionsFound = new int[matches.length];
        double[] ranks = new double[matches.length];
        for (int i = 0; i < matches.length; i++) {
            positionsFound[i] = matches[i].position();
            ranks[i] = matches[i].rank();
        }
        return new WordMatches(positionsFound, ranks);
    }
}
