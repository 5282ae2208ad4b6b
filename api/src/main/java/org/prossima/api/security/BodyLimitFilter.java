package org.prossima.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.prossima.api.error.BodyTooLargeException;
import org.prossima.api.error.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies while they are read, before anything parses them: a declared length over the limit is
 * answered 413 at once without reading a byte (and the connection closed, so the rest is never taken in); a body
 * without a declared length stops at the limit, and the service answers 413 then. CSV files may be larger than JSON.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final long jsonBytes;
    private final long csvBytes;

    BodyLimitFilter(long jsonBytes, long csvBytes) {
        this.jsonBytes = jsonBytes;
        this.csvBytes = csvBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setHeader("Connection", "close");
            ProblemWriter.write(request, response, 413, "body-too-large", "Request body too large",
                    "The body is " + declared + " bytes; this service accepts at most " + limit + " bytes here.",
                    hint(request, limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    long limitFor(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("text/csv") ? csvBytes : jsonBytes;
    }

    static String hint(HttpServletRequest request, long limit) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("text/csv")
                ? "split the file into parts of at most " + limit / 1_000_000 + " MB"
                : "send smaller requests (at most " + limit / 1_000_000 + " MB)";
    }

    /** The request whose body stream throws {@link BodyTooLargeException} past the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
