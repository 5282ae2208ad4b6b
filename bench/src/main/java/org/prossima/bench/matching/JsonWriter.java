package org.prossima.bench.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259), so the bench needs no JSON library: objects, arrays, strings (escaped),
 * whole numbers, booleans and null. Members of containers up to {@link #LINE_DEPTH} deep start on a line of their
 * own, deeper ones stay on their parent's line, so an export has one line per candidate or opportunity.
 */
final class JsonWriter implements Closeable {

    static final int LINE_DEPTH = 2;

    private final Writer out;
    /** Per open container: true until its first member is written. */
    private final Deque<boolean[]> first = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter(Writer out) {
        this.out = out;
    }

    JsonWriter beginObject() throws IOException {
        beforeValue();
        out.write('{');
        first.push(new boolean[] {true});
        return this;
    }

    JsonWriter endObject() throws IOException {
        return end('}');
    }

    JsonWriter beginArray() throws IOException {
        beforeValue();
        out.write('[');
        first.push(new boolean[] {true});
        return this;
    }

    JsonWriter endArray() throws IOException {
        return end(']');
    }

    JsonWriter name(String name) throws IOException {
        if (afterName || first.isEmpty()) {
            throw new IllegalStateException("a name must be a member of an object: " + name);
        }
        separate();
        string(name);
        out.write(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String value) throws IOException {
        beforeValue();
        if (value == null) {
            out.write("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonWriter value(long value) throws IOException {
        beforeValue();
        out.write(Long.toString(value));
        return this;
    }

    /** A decimal number, finite only. */
    JsonWriter value(double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        beforeValue();
        out.write(Double.toString(value));
        return this;
    }

    JsonWriter value(boolean value) throws IOException {
        beforeValue();
        out.write(Boolean.toString(value));
        return this;
    }

    /** An array of strings. */
    JsonWriter strings(Collection<String> values) throws IOException {
        beginArray();
        for (String value : values) {
            value(value);
        }
        return endArray();
    }

    JsonWriter member(String name, String value) throws IOException {
        return name(name).value(value);
    }

    JsonWriter member(String name, long value) throws IOException {
        return name(name).value(value);
    }

    JsonWriter member(String name, boolean value) throws IOException {
        return name(name).value(value);
    }

    private JsonWriter end(char bracket) throws IOException {
        boolean[] state = first.pop();
        if (!state[0] && first.size() < LINE_DEPTH) {
            newline(first.size());
        }
        out.write(bracket);
        if (first.isEmpty()) {
            out.write('\n');
        }
        return this;
    }

    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (!first.isEmpty()) {
            separate();
        }
    }

    private void separate() throws IOException {
        boolean[] state = first.peek();
        if (!state[0]) {
            out.write(',');
        }
        state[0] = false;
        if (first.size() <= LINE_DEPTH) {
            newline(first.size());
        }
    }

    private void newline(int depth) throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void string(String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
