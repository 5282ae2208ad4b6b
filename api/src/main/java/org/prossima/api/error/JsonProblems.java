package org.prossima.api.error;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON body Jackson could not read, said in the request's terms: the field as a JSON path
 * ({@code pickups[3].kg}), what is wrong in plain words ("not a number", "not one of the accepted values",
 * "malformed JSON at line 3, column 7") and a hint. Jackson's own messages are never passed on: they name Java
 * classes ({@code cannot deserialize ... FoodRecoveryProblemRequest}, {@code StreamReadConstraints}) and quote the
 * input whole.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static FieldProblem of(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String name = unknown.getPropertyName();
            if (name != null && UnsafeText.problem(name).isPresent()) {
                // a NUL or half a surrogate pair in a field's name: named with the character escaped, not repeated
                return new FieldProblem(path(unknown), null, "the field's name " + UnsafeText.problem(name).get(),
                        UnsafeText.HINT);
            }
            return new FieldProblem(path(unknown), unknown.getPropertyName(),
                    "unknown field '" + Echoed.text(unknown.getPropertyName()) + "'",
                    "remove it; the fields known here are " + unknown.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            // CheckedStrings: a string holding a NUL or half a surrogate pair; the value itself is not repeated
            return new FieldProblem(path(format), null, format.getOriginalMessage(), UnsafeText.HINT);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            Object value = mismatch instanceof InvalidFormatException format ? format.getValue() : null;
            return new FieldProblem(path(mismatch), value, target == null ? "not of the expected form"
                    : expected(target), target == null ? "check the JSON structure" : hintFor(target));
        }
        if (cause instanceof StreamConstraintsException) {
            return new FieldProblem(path(cause), null, "a value, a name or the nesting is larger than this "
                    + "service reads" + where(((JacksonException) cause).getLocation()),
                    "send shorter texts and numbers, nested at most a few levels");
        }
        if (cause instanceof StreamReadException syntax && inFieldName(syntax)) {
            return new FieldProblem(objectPath(syntax), null, "a field's name " + whatIsWrong(syntax)
                    + where(syntax.getLocation()), UnsafeText.HINT);
        }
        if (cause instanceof StreamReadException syntax) {
            return new FieldProblem(path(syntax), null, "malformed JSON" + where(syntax.getLocation()),
                    "send a valid JSON document, as UTF-8");
        }
        if (cause instanceof JacksonException json) {
            return new FieldProblem(path(json), null, "the JSON document could not be read"
                    + where(json.getLocation()), "check the JSON document");
        }
        return new FieldProblem("(body)", null, "the request body is missing or unreadable",
                "send a JSON document with Content-Type: application/json");
    }

    /**
     * True when the parser failed while reading a field's name (bytes that are not UTF-8, half a surrogate pair, a
     * name without quotes): the field is then not known, and the parser's place still names the field before it.
     * Jackson says so only in its frames: the failure is inside its {@code _parseName}.
     */
    private static boolean inFieldName(StreamReadException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("tools.jackson.core.") && frame.getMethodName().equals("_parseName")) {
                return true;
            }
        }
        return false;
    }

    private static String whatIsWrong(StreamReadException e) {
        String jackson = String.valueOf(e.getOriginalMessage());
        if (jackson.contains("UTF-8")) {
            return "is not valid UTF-8";
        }
        return jackson.contains("surrogate") ? "contains a lone surrogate (half of a UTF-16 character pair)"
                : "is malformed (a name is text in double quotes)";
    }

    /** The path of the object whose field's name could not be read, e.g. {@code depots[1]}, or {@code (body)}. */
    private static String objectPath(StreamReadException e) {
        StringBuilder path = new StringBuilder();
        if (e.processor() instanceof JsonParser parser && parser.streamReadContext() != null
                && parser.streamReadContext().getParent() != null) {
            pointerPath(parser.streamReadContext().getParent().pathAsPointer(), path);
        }
        return path.isEmpty() ? "(body)" : Echoed.text(path.toString());
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What the field should have been, in words: "not a whole number", "not one of the accepted values". */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "not one of the accepted values";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "not a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "not a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "not true or false";
        }
        if (type == LocalDate.class) {
            return "not a date";
        }
        if (type == LocalDateTime.class) {
            return "not a date and time";
        }
        if (type == LocalTime.class) {
            return "not a time of day";
        }
        if (type == UUID.class) {
            return "not an id (a UUID)";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "not a text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "not a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "not an object";
        }
        return "not of the expected form: an object with the fields described in the API description";
    }

    /** How to write a value of the type, e.g. the accepted values of an enum. */
    static String hintFor(Class<?> type) {
        if (type.isEnum()) {
            return "use one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDateTime.class) {
            return "use an ISO-8601 local date-time in Europe/Rome, e.g. 2026-11-25T08:30:00";
        }
        if (type == LocalDate.class) {
            return "use an ISO-8601 date, e.g. 2026-12-31";
        }
        if (type == LocalTime.class) {
            return "use an ISO-8601 time, e.g. 08:30";
        }
        if (type == BigDecimal.class) {
            return "use a number with a dot for decimals, e.g. 9360.50";
        }
        if (type == UUID.class) {
            return "use an id such as 3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
        }
        return switch (expected(type)) {
            case "not a whole number" -> "use a whole number, e.g. 40";
            case "not a number" -> "use a number, e.g. 45.4669";
            case "not true or false" -> "use true or false";
            case "not a text" -> "use a text in double quotes";
            case "not a list" -> "use a list in square brackets, e.g. [\"a\", \"b\"]";
            default -> "check the field against the API description (/v3/api-docs)";
        };
    }

    /** A JSON path such as {@code pickups[3].kg}, or {@code (body)} for the document itself. */
    static String path(Throwable e) {
        if (!(e instanceof JacksonException json)) {
            return "(body)";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(UnsafeText.escaped(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (path.isEmpty() && json.processor() instanceof JsonParser parser) {
            // a syntax error (bad UTF-8, a broken string) has no path of its own: where the parser was
            pointerPath(parser.streamReadContext().pathAsPointer(), path);
        }
        return path.isEmpty() ? "(body)" : Echoed.text(path.toString());
    }

    private static void pointerPath(JsonPointer pointer, StringBuilder path) {
        for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
            if (at.getMatchingIndex() >= 0) {
                path.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(UnsafeText.escaped(at.getMatchingProperty()));
            }
        }
    }
}
