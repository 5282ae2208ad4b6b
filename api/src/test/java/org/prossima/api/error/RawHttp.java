package org.prossima.api.error;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request written byte by byte on a socket, for what an HTTP client library refuses to send (characters not allowed
 * in an address, a malformed request line): the server's own rejections are what is tested.
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

    static Answer send(int port, String requestLine) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String plain = head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked") ? dechunked(body) : body;
            return new Answer(status, head.toLowerCase(Locale.ROOT),
                    new String(plain.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
