package org.prossima.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the bench commands' options have in common: a value after its option, seconds, an existing file. */
public final class Args {

    private Args() {
    }

    /** The value after the option at {@code i - 1}; an option where a value should be is a missing value. */
    public static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /** "2.5" → 2.5 s, to the millisecond; at least 1 ms. */
    public static Duration seconds(String text) {
        try {
            double s = Double.parseDouble(text);
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new UsageException("--seconds must be positive: " + text);
            }
            Duration duration = Duration.ofMillis(Math.round(s * 1000));
            if (duration.isZero()) {
                throw new UsageException("--seconds must be at least 0.001: " + text);
            }
            return duration;
        } catch (NumberFormatException e) {
            throw new UsageException("--seconds is not a number: " + text);
        }
    }

    /** A whole number, or a usage error naming the option. */
    public static long whole(String text, String option) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " is not a whole number: " + text);
        }
    }

    /** The path, when it is a regular file; {@code what} names it in the error, e.g. "instance file". */
    public static Path existingFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no such " + what + ": " + path.toAbsolutePath());
        }
        return path;
    }

    /** Fails when a required option was not given. */
    public static void require(Object value, String option) {
        if (value == null) {
            throw new UsageException(option + " is required");
        }
    }
}
