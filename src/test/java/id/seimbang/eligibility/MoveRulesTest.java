package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.AS_OF;
import static id.seimbang.eligibility.EmployeeFixtures.eligiblePns;
import static id.seimbang.eligibility.WorkforceFixtures.OTHER_INSTANSI_UNIT;
import static id.seimbang.eligibility.WorkforceFixtures.SAME_INSTANSI_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.system.DomainException;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Workforce;

/** Each move-level rule of the shipped DRL, on both sides of its boundary. */
class MoveRulesTest {

    private final EligibilityService service = new EligibilityService();

    private MoveOutcome move(Employee employee, String requestedUnit, String unit, Position position) {
        Workforce province = WorkforceFixtures.province(employee, requestedUnit);
        MoveEligibility result = service.evaluateMoves(PolicyFixtures.shippedPolicy(), employee, province,
                List.of(new CellKey(unit, position.code())), AS_OF);
        assertThat(result.moves()).hasSize(1);
        return result.moves().get(0);
    }

    private static List<String> ids(MoveOutcome outcome) {
        return outcome.outcomes().stream().map(RuleOutcome::ruleId).toList();
    }

    @Nested
    class MasaPenempatan {
        private final Position samePosition = EmployeeFixtures.ANALIS_KEUANGAN;

        @Test
        void ownRequestToAnotherInstansiExactlyTenYearsAfterTmtCpnsIsAllowed() {
            Employee e = eligiblePns().withCpnsTmt(AS_OF.minusYears(10)).build();
            MoveOutcome m = move(e, OTHER_INSTANSI_UNIT, OTHER_INSTANSI_UNIT, samePosition);
            assertThat(m.outcomes()).isEmpty();
            assertThat(m.facts().ownRequest()).isTrue();
            assertThat(m.allowed()).isTrue();
        }

        @Test
        void ownRequestToAnotherInstansiOneDayBeforeTenYearsIsBlocked() {
            Employee e = eligiblePns().withCpnsTmt(AS_OF.minusYears(10).plusDays(1)).build();
            MoveOutcome m = move(e, OTHER_INSTANSI_UNIT, OTHER_INSTANSI_UNIT, samePosition);
            assertThat(ids(m)).containsExactly("MOVE-MASA-PENEMPATAN");
            assertThat(m.eligible()).isFalse();
            assertThat(m.outcomes().get(0).regulation()).isEqualTo("PermenPANRB No. 27 Tahun 2021 Pasal 52");
            assertThat(m.outcomes().get(0).message().id()).contains("9 tahun 11 bulan").contains("instansi lain");
        }

        @Test
        void noOwnRequestOrSameInstansiIsNotBlockedByFirstPlacement() {
            Employee e = eligiblePns().withCpnsTmt(AS_OF.minusYears(3)).withPositionTmt(AS_OF.minusYears(3)).build();
            assertThat(ids(move(e, null, OTHER_INSTANSI_UNIT, samePosition))).isEmpty();
            assertThat(ids(move(e, SAME_INSTANSI_UNIT, SAME_INSTANSI_UNIT, samePosition))).isEmpty();
        }
    }

    @Nested
    class JabatanSetara {
        private final Employee e = eligiblePns().build();

        @Test
        void samePositionOrSameFamilyAndLevelIsCompatible() {
            assertThat(ids(move(e, null, SAME_INSTANSI_UNIT, EmployeeFixtures.ANALIS_KEUANGAN))).isEmpty();
            assertThat(ids(move(e, null, SAME_INSTANSI_UNIT, WorkforceFixtures.ANALIS_KEUANGAN_2))).isEmpty();
        }

        @Test
        void otherJobFamilyIsBlocked() {
            MoveOutcome m = move(e, null, SAME_INSTANSI_UNIT, WorkforceFixtures.PRANATA_KOMPUTER);
            assertThat(ids(m)).containsExactly("MOVE-JABATAN-SETARA");
            assertThat(m.outcomes().get(0).message().en()).contains("TEKNOLOGI_INFORMASI").contains("KEUANGAN");
        }

        @Test
        void otherLevelIsBlocked() {
            assertThat(ids(move(e, null, SAME_INSTANSI_UNIT, WorkforceFixtures.KASUBBAG_KEUANGAN)))
                    .containsExactly("MOVE-JABATAN-SETARA");
        }
    }

    @Nested
    class Pendidikan {
        @Test
        void levelBelowTheMinimumIsBlocked() {
            MoveOutcome m = move(eligiblePns().build(), null, SAME_INSTANSI_UNIT, WorkforceFixtures.AUDITOR_S2);
            assertThat(ids(m)).containsExactly("MOVE-PENDIDIKAN");
            assertThat(m.outcomes().get(0).message().id()).contains("S1").contains("minimal S2");
        }

        @Test
        void levelAtTheMinimumPasses() {
            Employee s2 = eligiblePns().withEducation(EducationLevel.S2, "Akuntansi").build();
            assertThat(ids(move(s2, null, SAME_INSTANSI_UNIT, WorkforceFixtures.AUDITOR_S2))).isEmpty();
        }

        @Test
        void fieldNotRequiredIsBlockedAndRequiredFieldPasses() {
            assertThat(ids(move(eligiblePns().build(), null, SAME_INSTANSI_UNIT, WorkforceFixtures.ANALIS_PAJAK)))
                    .containsExactly("MOVE-PENDIDIKAN");
            // D4 ranks with S1, and Perpajakan is the required field.
            Employee d4 = eligiblePns().withEducation(EducationLevel.D4, "Perpajakan").build();
            assertThat(ids(move(d4, null, SAME_INSTANSI_UNIT, WorkforceFixtures.ANALIS_PAJAK))).isEmpty();
        }

        @Test
        void emptyFieldListAcceptsAnyField() {
            Employee hukum = eligiblePns().withEducation(EducationLevel.S1, "Hukum").build();
            assertThat(ids(move(hukum, null, SAME_INSTANSI_UNIT, WorkforceFixtures.ANALIS_KEUANGAN_2))).isEmpty();
        }
    }

    @Test
    void allTargetsAreEvaluatedInOneCallWithEmployeeLevelOutcomes() {
        Employee e = eligiblePns().withStatus(EmploymentStatus.PPPK).withCpnsTmt(AS_OF.minusYears(4)).build();
        Workforce province = WorkforceFixtures.province(e, OTHER_INSTANSI_UNIT);
        List<CellKey> targets = List.of(new CellKey(SAME_INSTANSI_UNIT, "ANALIS-ANGGARAN"),
                new CellKey(OTHER_INSTANSI_UNIT, "PRANATA-KOMPUTER"));
        MoveEligibility result = service.evaluateMoves(PolicyFixtures.shippedPolicy(), e, province, targets, AS_OF);

        assertThat(result.employee().outcomes()).extracting(RuleOutcome::ruleId).containsExactly("ELIG-STATUS-PNS");
        assertThat(result.moves()).extracting(MoveOutcome::target).containsExactlyElementsOf(targets);
        assertThat(result.moves().get(0).eligible()).isTrue();
        assertThat(result.moves().get(0).allowed()).isFalse();
        assertThat(ids(result.moves().get(1))).containsExactly("MOVE-JABATAN-SETARA", "MOVE-MASA-PENEMPATAN");
    }

    @Test
    void unknownTargetIsRefusedNamingTheField() {
        Employee e = eligiblePns().build();
        assertThatThrownBy(() -> service.evaluateMoves(PolicyFixtures.shippedPolicy(), e,
                WorkforceFixtures.province(e, null), List.of(new CellKey("U-NOPE", "ANALIS-KEU")), AS_OF))
                .isInstanceOf(DomainException.class)
                .satisfies(ex -> assertThat(((DomainException) ex).problems().get(0).field()).isEqualTo("target.unitCode"));
    }
}
