package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.eligiblePns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.DomainException;

/** A draft whose rule re-triggers itself for ever is stopped by the fire limit instead of hanging. */
class EndlessRuleTest {

    private static final String SELF_TRIGGERING = """
            package rules;
            import id.seimbang.eligibility.EmployeeFacts;

            rule "ENDLESS"
                @id("ENDLESS")
                @regulation("none")
                @severity("SIGNAL")
            when
                $e : EmployeeFacts()
            then
                update($e);
            end
            """;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard: without the limit this test would never end
    void selfTriggeringRuleIsStoppedWith422() {
        PolicySnapshot draft = PolicyFixtures.compiler().compile(
                PolicyFixtures.plus(new PolicyFile("rules/endless.drl", SELF_TRIGGERING)));
        EligibilityService service = new EligibilityService();
        assertThatThrownBy(() -> service.evaluateEmployee(draft, eligiblePns().build(),
                EmployeeFixtures.ANALIS_KEUANGAN, EmployeeFixtures.AS_OF))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                    assertThat(e.problems().get(0).reasonEn()).contains("re-triggers itself");
                });
    }
}
