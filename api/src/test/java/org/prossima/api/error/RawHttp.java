package org.prossima.api.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request written byte by byte on a socket, for what an HTTP client library refuses to send (characters not allowed
 * in an address, a malformed request line): the server's own rejections are what is tested; and a body streamed while
 * the answer is read, which a client library reports only once it has stopped sending.
 */
final class RawHttp {

    /** The answer: status, its headers as one text (lower case), its body. */
    record Answer(int status, String headers, String body) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }

        String contentType() {
            for (String line : headers.split("\r\n")) {
                if (line.startsWith("content-type:")) {
                    return line.substring("content-type:".length()).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** What a streamed request got: the answer, and how much of the body had been written when it came. */
    record Streamed(Answer answer, long writtenWhenAnswered) {
    }

    static Answer send(int port, String requestLine) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A POST whose body is copied from {@code body} as it is written ({@code length} declared, or chunked when it is
     * -1), while the answer is read: an answer that comes before the body is all sent is seen, and the body is never
     * held in memory whole.
     */
    static Streamed stream(int port, String path, String authorization, String contentType, InputStream body,
            long length) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: " + contentType + "\r\n" + (length < 0 ? "Transfer-Encoding: chunked"
                    : "Content-Length: " + length) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            AtomicLong written = new AtomicLong();
            Thread writer = Thread.ofVirtual().start(() -> copy(body, out, length < 0, written));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            long whenAnswered = -1;
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    if (whenAnswered < 0) {
                        whenAnswered = written.get();
                    }
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // reset: the service closed the connection with the rest of the body unread; what came is the answer
            }
            socket.close();
            writer.join();
            return new Streamed(parse(answer.toByteArray()), whenAnswered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream body, OutputStream out, boolean chunked, AtomicLong written) {
        byte[] buffer = new byte[65_536];
        try {
            for (int n; (n = body.read(buffer)) > 0;) {
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(buffer, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                written.addAndGet(n);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // the service answered and closed the connection: the rest is not sent
        }
    }

    private static Answer parse(byte[] all) {
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        int status = head.length() < 12 ? 0 : Integer.parseInt(head.substring(9, 12));
        String plain = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked") ? dechunked(body) : body;
        return new Answer(status, head.toLowerCase(Locale.ROOT),
                new String(plain.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** A chunked body's bytes (as ISO-8859-1 characters, one per byte) put together. */
    private static String dechunked(String body) {
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int end = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, end).strip(), 16);
            if (size == 0) {
                break;
            }
            plain.append(body, end + 2, end + 2 + size);
            at = end + 2 + size + 2;
        }
        return plain.toString();
    }
}
