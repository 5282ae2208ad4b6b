package org.prossima.data.board;

/**
 * How the board's figures are grouped: by comune, by consortium or by district. Each area is named by a column of
 * {@code comune}, so every figure reaches its area through the comune a fact happened in; a comune whose consortium
 * or district the reference data does not know falls in the area "unknown" (a null code), never a guessed one.
 */
public enum BoardArea {
    COMUNE("istat_code"),
    CONSORTIUM("consortium_code"),
    DISTRICT("district_code");

    private final String comuneColumn;

    BoardArea(String comuneColumn) {
        this.comuneColumn = comuneColumn;
    }

    /**
     * The SQL expression naming the area of a row joined to {@code comune} as {@code comuneAlias}. Only constants of
     * this enum reach the statement, never request text.
     */
    String key(String comuneAlias) {
        return comuneAlias + "." + comuneColumn;
    }

    /**
     * The same, where the row itself says which consortium follows it (a candidate's, a plan's): that consortium
     * wins over its comune's, which the reference data may not know.
     */
    String key(String comuneAlias, String ownConsortium) {
        return this == CONSORTIUM ? "coalesce(" + ownConsortium + ", " + key(comuneAlias) + ")" : key(comuneAlias);
    }
}
