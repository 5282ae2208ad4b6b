package org.prossima.api.error;

import java.util.List;

/**
 * An imported CSV file with problems in some rows; answered with 400 listing every problem found,
 * and nothing of the file is stored.
 */
public class InvalidCsvException extends RuntimeException {

    private final transient List<RowProblem> problems;

    public InvalidCsvException(List<RowProblem> problems) {
        super(problems.isEmpty() ? "invalid CSV" : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
