package id.seimbang.system;

import java.io.IOException;

/** A request body grew past {@code seimbang.security.max-body-size} while it was being read. */
public class RequestBodyTooLargeException extends IOException {

    public RequestBodyTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
