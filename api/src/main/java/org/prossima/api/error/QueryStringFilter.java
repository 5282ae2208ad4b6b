package org.prossima.api.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every query parameter of every request, checked once before anything reads it: its %-encoding well formed, its
 * bytes valid UTF-8, its text free of NUL and lone surrogates ({@link UnsafeText}). A parameter that fails is
 * answered 400 naming it. Without this, {@code ?q=%00} reached PostgreSQL (500), and {@code ?q=%C3%28} (invalid
 * UTF-8) was quietly turned into a replacement character or dropped, depending on the server.
 */
public final class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !plainAscii(query)) {
            for (String pair : query.split("&")) {
                Optional<FieldProblem> problem = problem(pair);
                if (problem.isPresent()) {
                    ProblemWriter.writeInvalid(request, response, problem.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the query string is printable ASCII without a {@code %}: then no parameter can hold a NUL, invalid
     * UTF-8 or a lone surrogate, and the parameters need not be decoded one by one (most searches: {@code q=casa}).
     */
    static boolean plainAscii(String query) {
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '%') {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with one {@code name=value} of a query string, if anything. */
    static Optional<FieldProblem> problem(String pair) {
        int equals = pair.indexOf('=');
        String rawName = equals < 0 ? pair : pair.substring(0, equals);
        String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
        String name = lenient(rawName);
        for (String raw : new String[] {rawName, rawValue}) {
            byte[] bytes = percentDecoded(raw);
            if (bytes == null) {
                return Optional.of(new FieldProblem(name, null, "query parameter '" + name + "' has a malformed "
                        + "%-encoding", "write a % only as the start of %XX, two hexadecimal digits; a % itself as %25"));
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return Optional.of(new FieldProblem(name, null, "query parameter '" + name + "' is not valid UTF-8",
                        "percent-encode the text's UTF-8 bytes, e.g. è as %C3%A8"));
            }
            Optional<String> unsafe = UnsafeText.problem(text);
            if (unsafe.isPresent()) {
                return Optional.of(new FieldProblem(name, null, "query parameter '" + name + "' " + unsafe.get(),
                        UnsafeText.HINT));
            }
        }
        return Optional.empty();
    }

    /** The bytes a %-encoded text stands for ({@code +} is a space), or null when a {@code %} is not {@code %XX}. */
    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toByteArray();
    }

    /** A parameter's name for the error: decoded as well as it can be, bad bytes replaced, cut. */
    private static String lenient(String raw) {
        byte[] bytes = percentDecoded(raw);
        String name = bytes == null ? raw : new String(bytes, StandardCharsets.UTF_8);
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE ? '\uFFFD' : c));
        return Echoed.text(shown.toString());
    }
}
