package id.seimbang.system.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import id.seimbang.system.Clocks;

/**
 * Every time on every page in one form, in Western Indonesian Time: {@code 2026-11-26 14:05:09 WIB}. Called from
 * templates as {@code @wib.format(instant)}.
 */
@Component("wib")
class WibTimes {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'").withZone(Clocks.JAKARTA);

    /** The time in WIB, or "-" when there is none. */
    public String format(Instant time) {
        return time == null ? "-" : FORMAT.format(time);
    }
}
