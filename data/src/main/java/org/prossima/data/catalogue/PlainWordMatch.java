package org.prossima.data.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word search without the database, for while it cannot be reached: an offering matches when every word of the text
 * (three letters or more, accents and case aside) begins a word of its title, description or provider, cut to its
 * first five letters so that "tirocini" finds "tirocinio". Cruder than PostgreSQL's Italian search, and only a
 * stand-in: the catalogue goes on answering from memory during an outage rather than failing.
 */
final class PlainWordMatch {

    private static final int STEM = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlainWordMatch() {
    }

    /** The offerings the text finds, in their order, all ranked alike. */
    static CatalogueSnapshot.WordMatches among(List<Offering> offerings, String text) {
        return matching(wordsOf(offerings), text);
    }

    /**
     * The words of each offering's title, description and provider, as {@link #matching} compares them: made once
     * per snapshot ({@link CatalogueSnapshot#plainWordMatches}), so a search during an outage does not normalise
     * the whole catalogue again.
     */
    static List<List<String>> wordsOf(List<Offering> offerings) {
        List<List<String>> words = new ArrayList<>(offerings.size());
        for (Offering offering : offerings) {
            OfferingContent c = offering.content();
            words.add(List.of(words(c.title() + " " + c.description() + " " + c.provider())));
        }
        return List.copyOf(words);
    }

    /** The positions of the offerings whose words (from {@link #wordsOf}) the text finds, all ranked alike. */
    static CatalogueSnapshot.WordMatches matching(List<List<String>> wordsOfEach, String text) {
        List<String> stems = Arrays.stream(words(text)).filter(w -> w.length() >= 3)
                .map(w -> w.substring(0, Math.min(STEM, w.length()))).toList();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < wordsOfEach.size(); i++) {
            List<String> own = wordsOfEach.get(i);
            if (!stems.isEmpty() && stems.stream().allMatch(s -> own.stream().anyMatch(w -> w.startsWith(s)))) {
                found.add(i);
            }
        }
        double[] ranks = new double[found.size()];
        return new CatalogueSnapshot.WordMatches(found.stream().mapToInt(Integer::intValue).toArray(), ranks);
    }

    private static String[] words(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTERS.split(plain);
    }
}
