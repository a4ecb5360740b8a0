package id.seimbang.recommendation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Objections ({@code seimbang.objections.*}, issue 19 point 3).
 *
 * @param daysToResolve calendar days from receipt within which an objection should be resolved; an open objection
 *                      past that is overdue. 21 by default: a working default, not taken from a regulation (a
 *                      regulation counting working days would need a holiday calendar, which the service does not
 *                      have).
 */
@ConfigurationProperties("seimbang.objections")
record ObjectionProperties(@DefaultValue("21") int daysToResolve) {

    ObjectionProperties {
        if (daysToResolve < 1 || daysToResolve > 3650) {
            throw new IllegalArgumentException("seimbang.objections.days-to-resolve must be 1 to 3650, was "
                    + daysToResolve);
        }
    }
}
