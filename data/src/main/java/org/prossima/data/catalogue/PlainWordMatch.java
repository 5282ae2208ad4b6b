package org.prossima.data.catalogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word search without the database, for while it cannot be reached: an offering matches when every word of the text
 * (three letters or more, accents and case aside) begins a word of its title, description or provider, cut to its
 * first five letters so that "tirocini" finds "tirocinio". Cruder than PostgreSQL's Italian search, and only a
 * stand-in: the catalogue goes on answering from memory during an outage rather than failing.
 */
final class PlainWordMatch {

    private static final int STEM = 5;

    private PlainWordMatch() {
    }

    /** The snapshot's offerings the text finds, in the snapshot's order, all ranked alike. */
    static CatalogueSnapshot.WordMatches among(List<Offering> offerings, String text) {
        List<String> stems = Arrays.stream(words(text)).filter(w -> w.length() >= 3)
                .map(w -> w.substring(0, Math.min(STEM, w.length()))).toList();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < offerings.size(); i++) {
            OfferingContent c = offerings.get(i).content();
            List<String> own = List.of(words(c.title() + " " + c.description() + " " + c.provider()));
            if (!stems.isEmpty() && stems.stream().allMatch(s -> own.stream().anyMatch(w -> w.startsWith(s)))) {
                found.add(i);
            }
        }
        double[] ranks = new double[found.size()];
        return new CatalogueSnapshot.WordMatches(found.stream().mapToInt(Integer::intValue).toArray(), ranks);
    }

    private static String[] words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.split("[^\\p{L}\\p{N}]+");
    }
}
