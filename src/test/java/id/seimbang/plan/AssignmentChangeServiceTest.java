package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import id.seimbang.audit.AuditTrail;
import id.seimbang.balance.EjGradeBands;
import id.seimbang.balance.WorkloadModel;
import id.seimbang.balance.WorkloadModels;
import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.EmployeeFixtures;
import id.seimbang.placement.TemporaryWork;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.system.DomainException;
import id.seimbang.temporary.RunningAssignment;
import id.seimbang.temporary.TemporaryAssignmentJudge;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * An extension of a temporary assignment is judged again by the active policy's temporary-assignment rules for the
 * added days (issue 20 point 2): refused with the blocking rules' cited reasons, and nothing recorded.
 */
class AssignmentChangeServiceTest {

    static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    static final LocalDate UNTIL = LocalDate.of(2027, 2, 26);
    static final String NIP_1 = "198005102011011001";
    static final String NIP_2 = "198005102011011002";

    private final PlanService plans = mock(PlanService.class);
    private final AssignmentChangeStore store = mock(AssignmentChangeStore.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final WorkforceService workforce = mock(WorkforceService.class);
    private final ActivePolicy policy = mock(ActivePolicy.class);
    private final WorkloadModels models = mock(WorkloadModels.class);
    private final List<RunningAssignment> running = new ArrayList<>();
    private final AssignmentChangeService service = new AssignmentChangeService(plans, store, audit, workforce, policy,
            new TemporaryAssignmentJudge(new EligibilityService()), models, (first, last) -> running.stream().filter(r -> r.runsDuring(first, last))
                    .toList(), mock(PlatformTransactionManager.class),
            Clock.fixed(Instant.parse("2027-02-20T03:00:00Z"), ZoneOffset.UTC));

    /** Home cell U1/P: 4 staff, need 4 (W 5,000, E 1,250); the plan assigns {@code assigned} of them to U2/P. */
    private void given(List<Employee> staff, List<String> assigned) {
        when(policy.current()).thenReturn(PolicyFixtures.shippedPolicy());
        when(models.current()).thenReturn(new WorkloadModel(1250, EjGradeBands.DEFAULT));
        List<Employee> all = new ArrayList<>(staff);
        Unit u1 = new Unit("U1", "Satu", "I1", "K1", Sector.EDUCATION, 0, 0, "Jawa", true);
        Unit u2 = new Unit("U2", "Dua", "I1", "K1", Sector.HEALTH, 0, 0, "Jawa", true);
        when(workforce.current()).thenReturn(new Workforce(List.of(), List.of(new Instansi("I1", "Satu", null, "K1")),
                List.of(u1, u2), List.of(), List.of(new FormationCell("U1", "P", 5000), new FormationCell("U2", "P", 9000)),
                all, List.of()));
        List<PlannedMove> moves = assigned.stream().map(nip -> new PlannedMove(nip, nip, "U1", "P", "U2", "P", 1, 2, 1,
                "Sesuai", List.of())).toList();
        PlanResult result = new PlanResult("v", FROM, 4, 4, 2, "sha", moves, 0, 0, 0, 0, 0, null, List.of(), 0, 0,
                Map.of(), new PlanResult.Temporary(TemporaryWork.VAKSINASI, FROM, UNTIL, 0.75));
        PlanView plan = new PlanView("p1", PlanStatus.COMPLETED, "done", 1, "planner", Instant.EPOCH, Instant.EPOCH, "v",
                new PlanRequest(Scope.PROVINCE, null, null, null, null, null), null, "a1", result);
        when(plans.requireCompleted("p1")).thenReturn(plan);
        when(store.ofPlan("p1")).thenReturn(List.of());
    }

    private static Employee employee(String nip) {
        return EmployeeFixtures.eligiblePns().withNip(nip).withUnit("U1").withPosition("P").build();
    }

    @Test
    void anExtensionThatWouldLeaveTheHomeCellBelowItsFloorIsRefusedWithTheRule() {
        // both of the plan's assignments out of U1/P still run: 4 − 2 = 2 stay, below 0.75 × 4 = 3
        given(List.of(employee(NIP_1), employee(NIP_2), employee("198005102011011003"), employee("198005102011011004")),
                List.of(NIP_1, NIP_2));

        assertThatThrownBy(() -> service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(7), "lebih lama"),
                "planner")).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("until");
                        assertThat(p.reasonEn()).startsWith("Home cell U1/P would keep 2 staff during the assignment")
                                .contains("(TEMP-SEL-ASAL; ");
                    });
                });
        verify(store, never()).insert(any());
        verify(audit, never()).append(any(), any(), any(), any(), any());
    }

    @Test
    void anExtensionIntoAStudyLeaveIsRefusedButEndingEarlyIsNotJudged() {
        Employee leaving = EmployeeFixtures.eligiblePns().withNip(NIP_1).withUnit("U1").withPosition("P")
                .withStudyLeave(UNTIL.plusDays(5), UNTIL.plusYears(2)).build();
        given(List.of(leaving, employee(NIP_2), employee("198005102011011003"), employee("198005102011011004")),
                List.of(NIP_1));

        assertThatThrownBy(() -> service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(10), "x"),
                "planner")).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.reasonEn()).singleElement().asString().contains("TEMP-TUGAS-BELAJAR")
                        .contains("On study leave until " + UNTIL.plusYears(2)));
        // up to the day before the leave starts, the extension is allowed (3 of 4 stay: at the floor)
        when(store.ofPlan("p1")).thenReturn(List.of(), List.of(new AssignmentChange("p1", NIP_1, 1,
                AssignmentChange.Kind.EXTEND, UNTIL, UNTIL.plusDays(4), "x", "planner", Instant.EPOCH, null)));
        when(audit.append(any(), any(), any(), any(), any())).thenReturn(new id.seimbang.audit.AuditRecord(1, "r1",
                id.seimbang.audit.AuditKind.TEMPORARY_ASSIGNMENT_CHANGE, Instant.EPOCH, "planner", "v", "p1", null, "{}",
                AuditTrail.GENESIS, AuditTrail.GENESIS));
        assertThat(service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(4), "x"), "planner").until())
                .isEqualTo(UNTIL.plusDays(4));
    }

    @Test
    void anExtensionCountsTheRunningAssignmentsOfOtherPlansOnTheAddedDaysOnly() {
        // plan p1 assigns one of the four (3 stay: at the floor 0.75 × 4 = 3); another plan's executed assignment of a
        // second one out of U1/P runs from five days before p1's end to a week after it
        given(List.of(employee(NIP_1), employee(NIP_2), employee("198005102011011003"), employee("198005102011011004")),
                List.of(NIP_1));
        running.add(new RunningAssignment("p2", NIP_2, new CellKey("U1", "P"), new CellKey("U2", "P"),
                UNTIL.minusDays(5), UNTIL.plusDays(7)));
        when(audit.append(any(), any(), any(), any(), any())).thenReturn(new id.seimbang.audit.AuditRecord(1, "r1",
                id.seimbang.audit.AuditKind.TEMPORARY_ASSIGNMENT_CHANGE, Instant.EPOCH, "planner", "v", "p1", null, "{}",
                AuditTrail.GENESIS, AuditTrail.GENESIS));

        // the added days overlap it: 4 − 1 − 1 = 2 stay, below 3
        assertThatThrownBy(() -> service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(3), "x"),
                "planner")).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.reasonEn()).singleElement().asString()
                        .startsWith("Home cell U1/P would keep 2 staff during the assignment").contains("TEMP-SEL-ASAL"));
        verify(store, never()).insert(any());

        // ended on p1's last day (END), it runs on none of the added days and no longer counts: 3 stay
        running.set(0, new RunningAssignment("p2", NIP_2, new CellKey("U1", "P"), new CellKey("U2", "P"),
                UNTIL.minusDays(5), UNTIL));
        when(store.ofPlan("p1")).thenReturn(List.of(), List.of(new AssignmentChange("p1", NIP_1, 1,
                AssignmentChange.Kind.EXTEND, UNTIL, UNTIL.plusDays(10), "x", "planner", Instant.EPOCH, null)));
        assertThat(service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(10), "x"), "planner")
                .until()).isEqualTo(UNTIL.plusDays(10));
    }

    @Test
    void anExtensionOverTheEmployeesOwnAssignmentOfAnotherPlanIsRefusedAsAConflictNamingIt() {
        // NIP_1 is assigned by p1 until UNTIL, and by another plan p2 (marked executed) from UNTIL + 5 to UNTIL + 20
        given(List.of(employee(NIP_1), employee(NIP_2), employee("198005102011011003"), employee("198005102011011004")),
                List.of(NIP_1));
        running.add(new RunningAssignment("p2", NIP_1, new CellKey("U1", "P"), new CellKey("U3", "Q"),
                UNTIL.plusDays(5), UNTIL.plusDays(20)));
        when(audit.append(any(), any(), any(), any(), any())).thenReturn(new id.seimbang.audit.AuditRecord(1, "r1",
                id.seimbang.audit.AuditKind.TEMPORARY_ASSIGNMENT_CHANGE, Instant.EPOCH, "planner", "v", "p1", null, "{}",
                AuditTrail.GENESIS, AuditTrail.GENESIS));

        assertThatThrownBy(() -> service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(10), "x"),
                "planner")).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.title().en()).isEqualTo("The extension overlaps another assignment");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("until");
                        assertThat(p.reasonEn()).isEqualTo("Employee " + NIP_1 + " is on a temporary assignment to U3/Q"
                                + " of plan p2 from " + UNTIL.plusDays(5) + " to " + UNTIL.plusDays(20) + ", including"
                                + " the added days " + UNTIL.plusDays(5) + " to " + UNTIL.plusDays(10) + "; a person is"
                                + " in one place at a time. Extend at most to " + UNTIL.plusDays(4) + ", or end that"
                                + " assignment first");
                        assertThat(p.reason()).startsWith("Pegawai " + NIP_1 + " ditugaskan sementara ke U3/Q oleh"
                                + " rencana p2");
                    });
                });
        verify(store, never()).insert(any());
        verify(audit, never()).append(any(), any(), any(), any(), any());

        // up to the day before the other assignment starts, the extension is allowed
        when(store.ofPlan("p1")).thenReturn(List.of(), List.of(new AssignmentChange("p1", NIP_1, 1,
                AssignmentChange.Kind.EXTEND, UNTIL, UNTIL.plusDays(4), "x", "planner", Instant.EPOCH, null)));
        assertThat(service.extend("p1", NIP_1, new AssignmentChangeRequest(UNTIL.plusDays(4), "x"), "planner").until())
                .isEqualTo(UNTIL.plusDays(4));
    }
}
