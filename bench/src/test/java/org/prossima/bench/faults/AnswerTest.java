package org.prossima.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AnswerTest {

    private static final String ANSWER = "HTTP/1.1 413 \r\nContent-Type: application/problem+json\r\n"
            + "Content-Length: 12\r\nConnection: close\r\n\r\n{\"status\":4}";

    @Test
    void theAnswerEndsWithItsDeclaredBodyAndItsStatusIsRead() {
        InputStream more = new ByteArrayInputStream((ANSWER + "HTTP/1.1 200 \r\n\r\n").getBytes(StandardCharsets.UTF_8));
        Answer answer = Answer.read(more, new AtomicLong(5_000));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.bytes()).as("what came after the body is not read").isLessThanOrEqualTo(
                ANSWER.length() + 17).isGreaterThanOrEqualTo(ANSWER.length());
        assertThat(answer.writtenThen()).isEqualTo(5_000);
        assertThat(answer.firstByteAt()).isPositive();
    }

    @Test
    void aResetAfterTheStatusLineKeepsWhatCame() {
        InputStream reset = new SequenceInputStream(new ByteArrayInputStream("HTTP/1.1 413 \r\nConte"
                .getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Connection reset");
                    }
                });
        Answer answer = Answer.read(reset, new AtomicLong());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.bytes()).isEqualTo(20);
    }

    @Test
    void nothingBeforeTheEndIsNoAnswer() {
        Answer answer = Answer.read(InputStream.nullInputStream(), new AtomicLong(7));
        assertThat(answer.status()).isZero();
        assertThat(answer.firstByteAt()).isEqualTo(-1);
        assertThat(answer.bytes()).isZero();
    }
}
