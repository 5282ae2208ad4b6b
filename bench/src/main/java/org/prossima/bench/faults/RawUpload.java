package org.prossima.bench.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One oversized CSV upload over a plain socket, so that the moment the answer's first byte arrives is seen while the
 * body is still being written (an HTTP client library reports the answer only once it stops sending). The body is
 * generated as it is written, never held; it is sent either with its length declared ({@code Content-Length}) or
 * chunked (no length: the service can only count while it reads).
 */
final class RawUpload {

    /**
     * What one upload saw.
     *
     * @param status          the answer's status, or 0 when the connection ended before a status line arrived
     * @param firstByteNanos  from the start of the request (connection included) to the answer's first byte; -1 none
     * @param afterLimitNanos from the moment the bytes written passed the service's limit to the first byte; -1 when
     *                        the answer came before that (a declared length refused at once) or never
     * @param bytesWritten    body bytes the client had written into the connection when the answer came (or it ended)
     * @param answerBytes     size of the answer, status line, headers and body
     */
    record Result(int status, long firstByteNanos, long afterLimitNanos, long bytesWritten, long answerBytes) {
    }

    private static final byte[] HEADER = ("consortium,comune,skills,languages,mobility,maxCommuteMinutes,"
            + "weeklyHours,days,earliestStart,programme,priority,monthsWaiting\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROWS = rows();

    private RawUpload() {
    }

    /**
     * Sends {@code size} bytes of CSV to {@code path} and reads the answer at the same time.
     *
     * @param limit the service's limit for CSV bodies, to time the answer from the moment it was passed
     */
    static Result send(URI base, String path, String authorization, long size, boolean declared, long limit)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        AtomicLong written = new AtomicLong();
        AtomicLong limitPassed = new AtomicLong(-1);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(120_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: " + authorization + "\r\nContent-Type: text/csv\r\n"
                    + (declared ? "Content-Length: " + size : "Transfer-Encoding: chunked") + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = Thread.ofVirtual().start(() -> write(out, size, declared, limit, written, limitPassed));
            Answer answer = Answer.read(socket.getInputStream(), written);
            socket.close(); // stops the writer if it is still sending
            writer.join();
            long passed = limitPassed.get();
            long first = answer.firstByteAt();
            return new Result(answer.status(), first < 0 ? -1 : first - start,
                    first < 0 || passed < 0 || passed > first ? -1 : first - passed,
                    first < 0 ? written.get() : answer.writtenThen(), answer.bytes());
        }
    }

    private static void write(OutputStream out, long size, boolean declared, long limit, AtomicLong written,
            AtomicLong limitPassed) {
        try {
            long sent = 0;
            while (sent < size) {
                byte[] block = sent == 0 ? HEADER : ROWS;
                int n = (int) Math.min(block.length, size - sent);
                if (!declared) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(block, 0, n);
                if (!declared) {
                    out.write(new byte[] {'\r', '\n'});
                }
                sent += n;
                written.set(sent);
                if (sent > limit && limitPassed.get() < 0) {
                    limitPassed.set(System.nanoTime());
                }
            }
            if (!declared) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // the service answered and closed the connection: nothing more to send
        }
    }

    /** 64 KB of whole candidate rows, written again and again. */
    private static byte[] rows() {
        byte[] row = "CISA,001064,gardening,it,OWN_CAR,60,10,MONDAY,2027-01-04,ADI,3,4\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] rows = new byte[(65_536 / row.length) * row.length];
        for (int i = 0; i < rows.length; i += row.length) {
            System.arraycopy(row, 0, rows, i, row.length);
        }
        return rows;
    }
}
