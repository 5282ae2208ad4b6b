package org.prossima.bench.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 answer read from a socket while the request may still be being written: when its first byte came, its
 * status and its size (status line, headers and a body of the declared length).
 *
 * @param firstByteAt {@link System#nanoTime()} of the first byte, or -1 when the connection ended before any
 * @param writtenThen the request body bytes written when the first byte came
 * @param status      the status, or 0 without a whole status line
 * @param bytes       bytes of the answer read
 */
record Answer(long firstByteAt, long writtenThen, int status, long bytes) {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");
    private static final Pattern LENGTH = Pattern.compile("\r\ncontent-length: *(\\d+)\r\n");

    /** Reads until the answer's body is complete, the connection ends or is reset (what came before counts). */
    static Answer read(InputStream in, AtomicLong written) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long firstByteAt = -1;
        long writtenThen = -1;
        long bytes = 0;
        byte[] buffer = new byte[8192];
        try {
            int n;
            long bodyEnd = Long.MAX_VALUE;
            while (bytes < bodyEnd && (n = in.read(buffer)) > 0) {
                if (firstByteAt < 0) {
                    firstByteAt = System.nanoTime();
                    writtenThen = written.get();
                }
                bytes += n;
                if (bodyEnd == Long.MAX_VALUE && head.size() < 65_536) {
                    head.write(buffer, 0, n);
                    bodyEnd = bodyEnd(head.toString(StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            // a reset after the service answered and closed with the request's body unread
        }
        Matcher status = STATUS.matcher(head.toString(StandardCharsets.ISO_8859_1));
        return new Answer(firstByteAt, writtenThen, status.find() ? Integer.parseInt(status.group(1)) : 0, bytes);
    }

    /** Where the answer ends, once its headers are complete; unknown (read to the end) without a declared length. */
    private static long bodyEnd(String head) {
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            return Long.MAX_VALUE;
        }
        Matcher length = LENGTH.matcher(head.substring(0, end + 2).toLowerCase(Locale.ROOT));
        return length.find() ? end + 4 + Long.parseLong(length.group(1)) : Long.MAX_VALUE;
    }
}
