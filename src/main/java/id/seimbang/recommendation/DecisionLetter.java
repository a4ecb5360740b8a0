package id.seimbang.recommendation;

import java.util.List;

/**
 * The letter to the employee about a recorded decision (issue 19 point 5), in the one language it is printed in.
 * Every sentence restates the record and its explanation; the letter decides nothing.
 *
 * @param lang               "id" or "en", the language of every text below
 * @param summary            the decision in one paragraph (the explanation's summary)
 * @param reasons            the eligibility lines and, if the employee asked for a target, what became of it
 * @param move               the proposed move, or null when none is proposed
 * @param objectionDays      days within which an objection is resolved after it is received
 * @param objectionDueIfToday the day an objection received today would be due
 * @param verificationUrl    the decision page, where the record and its hash can be checked
 * @param qrPng              the verification URL as a QR code (PNG data URI)
 */
record DecisionLetter(
        String lang,
        String decisionId,
        String hash,
        String policyVersion,
        String decidedAt,
        String asOf,
        String nip,
        String employeeName,
        String summary,
        List<String> reasons,
        Move move,
        int objectionDays,
        String objectionDueIfToday,
        String verificationUrl,
        String qrPng) {

    /**
     * The proposed (best ranked) move.
     *
     * @param benefits          the placement table annotations of the rows that apply to it
     * @param relocationSupport the relocation support the placement table grants, in words
     */
    public record Move(String unitName, String unitCode, String positionName, String positionCode,
            List<String> benefits, String relocationSupport) {
    }
}
