package id.seimbang.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Decisions are "as of" a date in Indonesian Western Time, the default when a request gives none. */
public final class Clocks {

    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private Clocks() {
    }

    public static LocalDate todayInJakarta(Clock clock) {
        return LocalDate.now(clock.withZone(JAKARTA));
    }
}
