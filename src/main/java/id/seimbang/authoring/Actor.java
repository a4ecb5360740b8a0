package id.seimbang.authoring;

import java.security.Principal;
import java.util.List;


import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

/** The signed-in person acting on a draft; the security layer authenticates, this only names them. */
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
