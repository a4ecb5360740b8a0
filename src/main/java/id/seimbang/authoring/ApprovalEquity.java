package id.seimbang.authoring;

import java.time.Instant;

/**
 * The equity report the approver had on the draft page when approving, as the APPROVAL audit record keeps it
 * (issue 19 point 4). Approval does not require a check, so the record says whether there was a report and whether
 * it was made for exactly the approved files against the version the draft is approved against.
 *
 * @param checked       the draft had an impact report with an equity report
 * @param current       that report compared exactly the approved files ({@code draftVersion}) with the version the
 *                      approval is against ({@code activeVersion}); false: the draft or the active version changed
 *                      since the check
 * @param checkedAt     when the impact analysis ran
 * @param report        the equity report itself (null when not checked)
 */
record ApprovalEquity(boolean checked, boolean current, String draftVersion, String activeVersion, Instant checkedAt,
        EquityReport report) {

    static ApprovalEquity of(ImpactReport impact, String approvedVersion, String approvedAgainst) {
        if (impact == null || impact.equity() == null) {
            return new ApprovalEquity(false, false, null, null, null, null);
        }
        boolean current = impact.draftVersion().equals(approvedVersion) && impact.activeVersion().equals(approvedAgainst);
        return new ApprovalEquity(true, current, impact.draftVersion(), impact.activeVersion(), impact.at(),
                impact.equity());
    }
}
