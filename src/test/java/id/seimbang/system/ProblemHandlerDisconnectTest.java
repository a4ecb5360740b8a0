package id.seimbang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/** Issue 15, low: a client that goes away is not an ERROR with a stack trace in the service's log. */
@ExtendWith(OutputCaptureExtension.class)
class ProblemHandlerDisconnectTest {

    @Test
    void aClientDisconnectIsNotLoggedAsAnError(CapturedOutput output) {
        ProblemHandler handler = new ProblemHandler();

        assertThat(handler.unexpected(new AsyncRequestNotUsableException("ServletOutputStream failed to write",
                new IOException("Broken pipe")))).isNull();
        assertThat(handler.unexpected(new IOException("Connection reset by peer"))).isNull();
        assertThat(output.getAll()).doesNotContain("ERROR").doesNotContain("Unexpected error");

        assertThat(handler.unexpected(new IllegalStateException("a real bug")).getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll()).contains("Unexpected error");
    }
}
