package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What no error body may hold, whatever the request: a Java class name, a stack frame, an exception's name, a file
 * path, SQL, or a long run of the request's own input.
 */
final class ErrorBodies {

    /** The character hostile values are made of, so a long run of it in an answer is an echo. */
    static final char FILLER = 'X';

    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]");
    private static final Pattern PACKAGE = Pattern.compile("\\b(java|javax|jakarta|org|com|tools|sun)\\.[a-z]");
    private static final Pattern FRAME = Pattern.compile("\\bat [a-zA-Z_$][\\w$.]*\\(");
    private static final Pattern FILE_PATH = Pattern.compile("(/work/|/home/|/root/|/tmp/|/usr/|/opt/|/var/|"
            + "target/|\\.java\\b|\\.jar\\b|[A-Z]:\\\\)");
    private static final Pattern SQL = Pattern.compile("(?i)\\b(select .* from|insert into|update .* set|"
            + "SQLState|psql|postgres)\\b");
    private static final Pattern ECHO = Pattern.compile(FILLER + "{100,}");

    private ErrorBodies() {
    }

    static void assertLeakFree(String what, String body) {
        assertThat(body).as(what + ": no class name").doesNotContainPattern(CLASS_NAME)
                .as(what + ": no package").doesNotContainPattern(PACKAGE)
                .as(what + ": no exception").doesNotContain("Exception")
                .as(what + ": no stack frame").doesNotContainPattern(FRAME)
                .as(what + ": no file path").doesNotContainPattern(FILE_PATH)
                .as(what + ": no SQL").doesNotContainPattern(SQL)
                .as(what + ": no long echo of the input").doesNotContainPattern(ECHO);
        assertThat(body.length()).as(what + ": a small body").isLessThan(6_000);
    }

    static String filler(int length) {
        return String.valueOf(FILLER).repeat(length);
    }
}
