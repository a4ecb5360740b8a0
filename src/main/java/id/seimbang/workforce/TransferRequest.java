package id.seimbang.workforce;

import java.time.LocalDate;

/** An employee's own request to move to a unit (and optionally a position). */
public record TransferRequest(String nip, String unitCode, String positionCode, RequestReason reason,
        LocalDate date) {
}
