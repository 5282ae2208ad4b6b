package org.prossima.api.placement.csv;

import java.util.List;

/**
 * What an import stored: every row of the file, created or updated, in one transaction.
 *
 * @param rows    data rows imported
 * @param created rows that added a new item
 * @param updated rows that replaced an existing item
 * @param items   per row: its number (the header is row 1), the item's id and {@code CREATED} or {@code UPDATED}
 */
public record ImportResult(int rows, int created, int updated, List<Item> items) {

    public record Item(int row, String id, String action) {
    }

    static ImportResult of(List<Item> items) {
        int created = (int) items.stream().filter(i -> i.action().equals("CREATED")).count();
        return new ImportResult(items.size(), created, items.size() - created, List.copyOf(items));
    }
}
