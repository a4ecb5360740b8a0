package id.seimbang.authoring;

/**
 * DRAFT (editable) → SUBMITTED (author asks for review) → APPROVED (a second person agreed) → PUBLISHED.
 * A submitted or approved draft can be REJECTED by a reviewer; the author can WITHDRAW it before publication.
 */
public enum DraftStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED, REJECTED, WITHDRAWN;

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED;
    }
}
