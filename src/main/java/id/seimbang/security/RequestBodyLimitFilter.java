package id.seimbang.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.system.FieldProblem;
import id.seimbang.system.ProblemHandler;
import id.seimbang.system.RequestBodyTooLargeException;

/**
 * Refuses request bodies above {@code seimbang.security.max-body-size} (default 6 MB: a policy file may have 5 MB) with 413
 * problem+json, before authentication or any parsing: by Content-Length when the client declares it,
 * while reading when it does not (chunked). Multipart uploads (imports) have their own, larger limits
 * ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long decisionLimit;
    private final ObjectMapper json;

    // @Value rather than SecuritySettings: filters are also created in @WebMvcTest slices, which bind no properties beans.
    RequestBodyLimitFilter(@Value("${seimbang.security.max-body-size:6MB}") DataSize limit,
            @Value("${seimbang.decisions.max-body-size:1MB}") DataSize decisionLimit, ObjectMapper json) {
        this.limit = limit.toBytes();
        this.decisionLimit = Math.min(limit.toBytes(), decisionLimit.toBytes());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            chain.doFilter(request, response);
            return;
        }
        // A decision is recorded for ever: its inline facts have a smaller limit of their own (issue 15 M3).
        boolean decision = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/api/v1/decisions").equals(request.getRequestURI());
        long applies = decision ? decisionLimit : limit;
        if (request.getContentLengthLong() > applies) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ProblemHandler.detail(HttpStatus.PAYLOAD_TOO_LARGE,
                    ProblemHandler.BODY_TOO_LARGE, List.of(decision ? DECISION_BODY_LIMIT : ProblemHandler.BODY_LIMIT)));
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Limited(request, applies), response);
    }

    static final FieldProblem DECISION_BODY_LIMIT = new FieldProblem("body",
            "Ukuran isi permintaan keputusan melebihi batas (seimbang.decisions.max-body-size)",
            "Decision request body exceeds the limit (seimbang.decisions.max-body-size)");

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

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
                            throw new RequestBodyTooLargeException(limit);
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
                };
            }
            return stream;
        }
    }
}
