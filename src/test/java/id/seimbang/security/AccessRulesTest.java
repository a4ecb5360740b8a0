package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import id.seimbang.system.DomainException;

/** The check other code calls when it writes policy files by a way the URL rules cannot see. */
class AccessRulesTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String... roles) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", null,
                java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
    }

    @Test
    void anOfficerMayWriteTablesAndParametersButNotDrl() {
        signIn("POLICY_OFFICER");
        assertThatCode(() -> AccessRules.requireMayWrite("decision-tables/placement.dmn")).doesNotThrowAnyException();
        assertThatCode(() -> AccessRules.requireMayWrite("rules/parameters.properties")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessRules.requireMayWrite("rules/eligibility-move.drl"))
                .isInstanceOfSatisfying(DomainException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_PERMITTED));
    }

    @Test
    void aRuleAuthorMayWriteDrl() {
        signIn("POLICY_OFFICER", "RULE_AUTHOR");
        assertThatCode(() -> AccessRules.requireMayWrite("rules/eligibility-move.drl")).doesNotThrowAnyException();
    }

    @Test
    void nobodySignedInMayNotWriteDrl() {
        assertThatThrownBy(() -> AccessRules.requireMayWrite("rules/x.drl")).isInstanceOf(DomainException.class);
    }
}
