package id.seimbang.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Buffered streams without the lock that {@link java.io.BufferedOutputStream} and {@link java.io.BufferedInputStream}
 * take on every call: the candidate list of a province is millions of small writes and reads on one thread
 * ({@link java.io.DataOutputStream#writeInt} alone is four single-byte writes), and the locks were a large share of its time.
 * Only for streams used by one thread.
 */
final class PlainBuffers {

    private PlainBuffers() {
    }

    /** A buffer in front of {@code target}; {@link #flush} and {@link #close} pass the bytes on. */
    static final class Out extends OutputStream {
        private final OutputStream target;
        private final byte[] buffer;
        private int count;

        Out(OutputStream target, int size) {
            this.target = Objects.requireNonNull(target);
            this.buffer = new byte[size];
        }

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buffer.length) {
                drain();
                target.write(b, off, len);
                return;
            }
            if (len > buffer.length - count) {
                drain();
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }

        private void drain() throws IOException {
            if (count > 0) {
                target.write(buffer, 0, count);
                count = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                drain();
            } finally {
                target.close();
            }
        }
    }

    /** A buffer behind {@code source}. */
    static final class In extends InputStream {
        private final InputStream source;
        private final byte[] buffer;
        private int position;
        private int limit;

        In(InputStream source, int size) {
            this.source = Objects.requireNonNull(source);
            this.buffer = new byte[size];
        }

        private boolean fill() throws IOException {
            int n = source.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
