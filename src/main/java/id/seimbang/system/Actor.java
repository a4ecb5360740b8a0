package id.seimbang.system;

import java.security.Principal;
import java.util.List;

/**
 * The signed-in person behind an action that the audit trail attributes (a draft, an objection, a plan's follow-up);
 * the security layer authenticates, this only names them.
 */
public final class Actor {

    private Actor() {
    }

    public static String of(Principal principal) {
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw new DomainException(DomainException.Kind.NOT_SIGNED_IN, Bilingual.of("Perlu masuk", "Sign-in required"),
                    List.of(FieldProblem.of("user", Bilingual.of("Tindakan ini mencatat siapa pelakunya; masuk dahulu",
                            "This action records who did it; sign in first"))));
        }
        return principal.getName();
    }
}
