package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.api.ServiceTest;

/**
 * A 60 MB JSON value, streamed as it is sent (the test never holds it), is refused 413 with a small problem+json
 * answer, whether its length is declared (refused before a byte is read) or it comes chunked (refused when the
 * service has read past its 2 MB limit): the answer comes long before the body is all sent, so the service did not
 * take it in.
 */
class OversizedBodyTest extends ServiceTest {

    private static final long SIXTY_MB = 60L << 20;

    @Test
    void aSixtyMegabyteJsonValueIs413WithASmallAnswerWhetherItsLengthIsDeclaredOrNot() {
        String coordinator = basicHeader(coordinatorName("CISA"), demoPassword(coordinatorName("CISA")));
        for (long declared : new long[] {SIXTY_MB, -1}) {
            String how = declared < 0 ? "chunked" : "length declared";
            RawHttp.Streamed sent = RawHttp.stream(port, "/api/v1/placement/hosts", coordinator, "application/json",
                    jsonWithOneLongValue(SIXTY_MB), declared);
            RawHttp.Answer answer = sent.answer();
            assertThat(answer.status()).as(how + ": " + answer.headers()).isEqualTo(413);
            assertThat(answer.contentType()).as(how).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asString()).as(how).endsWith("/body-too-large");
            assertThat(answer.body().length()).as(how + ": a small answer").isLessThan(1_000);
            ErrorBodies.assertLeakFree(how, answer.body());
            assertThat(sent.writtenWhenAnswered()).as(how + ": answered before the body was all sent")
                    .isBetween(0L, SIXTY_MB - 1);
        }
    }

    /** {@code {"consortium": "CISA", "kind": "COOPERATIVE_JOB", "name": "XXX…"}} of {@code size} bytes, made as read. */
    private static InputStream jsonWithOneLongValue(long size) {
        byte[] start = "{\"consortium\": \"CISA\", \"kind\": \"COOPERATIVE_JOB\", \"name\": \""
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
        InputStream filler = new Filler(size - start.length - end.length);
        return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(start),
                filler, new ByteArrayInputStream(end))));
    }

    /** {@code remaining} filler characters, never held. */
    private static final class Filler extends InputStream {

        private long remaining;

        Filler(long remaining) {
            this.remaining = remaining;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return ErrorBodies.FILLER;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            Arrays.fill(buffer, offset, offset + n, (byte) ErrorBodies.FILLER);
            remaining -= n;
            return n;
        }
    }
}
