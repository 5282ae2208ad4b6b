package org.prossima.bench.catalogue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One load-generator client's kept-alive HTTP/1.1 connection to the service, for GETs only: it sends a request,
 * reads the status line, the headers and the body (by {@code Content-Length}, chunked, or to the end), and keeps
 * only the status and whether the body starts as a search result does.
 *
 * <p>Why not a library: the load generator shares the machine's two cores with the service it measures, and
 * every CPU cycle it spends is taken from the service. JDK HttpClient took 0.5-0.85 ms of CPU per search, more
 * than the service itself; HttpURLConnection 0.25-0.35 ms. This does no more than a search needs (no pool, no
 * redirects, no cookies, no TLS) in a fraction of that. A kept-alive connection that fails (the server closed it
 * while idle) is opened again and the GET sent once more, as HTTP allows for an idempotent request; a timeout is
 * not retried.
 */
final class SearchConnection implements Closeable {

    /** What {@link #get} answers for a 200 whose body is not a search result. */
    static final int NOT_A_SEARCH_RESULT = -1;

    private static final byte[] SEARCH_RESULT_START = "{\"items\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GET = "GET ".getBytes(StandardCharsets.US_ASCII);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private final byte[] pathPrefix;
    private final byte[] requestEnd;
    private final byte[] skip = new byte[16 * 1024];
    private final byte[] start = new byte[SEARCH_RESULT_START.length];
    private final StringBuilder line = new StringBuilder(128);
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int startRead;

    SearchConnection(URI base) {
        if (!"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("the load generator searches over plain HTTP: " + base);
        }
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        this.pathPrefix = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                .getBytes(StandardCharsets.US_ASCII);
        this.requestEnd = (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
                + "User-Agent: prossima-bench\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends {@code GET pathAndQuery}: the answer's status, or {@link #NOT_A_SEARCH_RESULT} for a 200 that is not. */
    int get(String pathAndQuery) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(pathAndQuery);
        } catch (SocketTimeoutException e) {
            close();
            throw e;
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            // Closed by the server while idle (an end of stream or a reset): once more on a new connection.
            return exchange(pathAndQuery);
        }
    }

    private int exchange(String pathAndQuery) throws IOException {
        if (socket == null) {
            open();
        }
        byte[] target = pathAndQuery.getBytes(StandardCharsets.US_ASCII);
        out.write(GET);
        out.write(pathPrefix);
        out.write(target);
        out.write(requestEnd);
        out.flush();
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = statusLine.startsWith("HTTP/1.0");
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closeAfter = value.contains("close") || closeAfter;
                default -> { }
            }
        }
        startRead = 0;
        if (chunked) {
            readChunked();
        } else if (length >= 0) {
            readBody(length);
        } else if (status != 204 && status != 304) {
            readBody(Long.MAX_VALUE);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        boolean searchResult = startRead == start.length && Arrays.equals(start, SEARCH_RESULT_START);
        return status == 200 && !searchResult ? NOT_A_SEARCH_RESULT : status;
    }

    private void readChunked() throws IOException {
        while (true) {
            String size = readLine();
            int extension = size.indexOf(';');
            long chunk = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            if (chunk == 0) {
                // Trailers, if any, up to the empty line.
                while (!readLine().isEmpty()) {
                    // skipped
                }
                return;
            }
            readBody(chunk);
            if (!readLine().isEmpty()) {
                throw new IOException("a chunk does not end where its size says");
            }
        }
    }

    /** Reads {@code length} bytes of the body (to the end of the stream for Long.MAX_VALUE), keeping its start. */
    private void readBody(long length) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("the answer ended before its body did");
            }
            int keep = Math.min(n, start.length - startRead);
            if (keep > 0) {
                System.arraycopy(skip, 0, start, startRead, keep);
                startRead += keep;
            }
            left -= n;
        }
    }

    /** A line of the head (ISO-8859-1, as HTTP's), without its CRLF. */
    private String readLine() throws IOException {
        line.setLength(0);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("the connection closed in the middle of an answer");
            }
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() > 16 * 1024) {
                throw new IOException("a line of the answer's head is over 16 KB");
            }
            line.append((char) c);
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
        s.setSoTimeout(READ_TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 32 * 1024);
        out = new BufferedOutputStream(s.getOutputStream(), 2 * 1024);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
