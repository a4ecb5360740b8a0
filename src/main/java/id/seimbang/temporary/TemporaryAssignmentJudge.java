package id.seimbang.temporary;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.TemporaryEligibility;
import id.seimbang.eligibility.TemporaryFacts;
import id.seimbang.placement.TemporaryFit;
import id.seimbang.placement.TemporaryFitEvaluator;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Employee;

/**
 * The one way to judge a temporary assignment of one employee (issue 20 point 2): the temporary-assignment rules
 * (TEMP-*, on {@link TemporaryFacts} with the home cell's staff during the period) and the fit table, from facts the
 * caller gathered (the evaluation and a plan from the workforce, a decision from its recorded inputs). Pure given its
 * arguments and the policy snapshot, so a decision that uses it replays. A policy without temporary-assignment rules,
 * parameter or table is refused (422).
 */
@Component
public class TemporaryAssignmentJudge {

    private final EligibilityService eligibility;

    public TemporaryAssignmentJudge(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    /**
     * @param homeJobFamily the job family of the employee's home position (the fit table reads it)
     * @param homeStaff     the home cell's staff B
     * @param runningAway   the most other running assignments away from the home cell on one day of the period
     * @param need          the home cell's need N = W / E, W in force on the period's first day
     */
    public TemporaryJudgement judge(PolicySnapshot policy, Employee employee, String homeJobFamily, TemporaryTerms terms,
            int homeStaff, int runningAway, double need) {
        int staffDuring = homeStaff - 1 - runningAway;
        TemporaryEligibility rules = rules(policy, employee, terms.from(), terms.until(), homeStaff, runningAway, need);
        TemporaryFit fit = TemporaryFitEvaluator.of(policy).evaluate(terms.work(), employee.competencies(), homeJobFamily);
        double share = policy.parameters().temporaryHomeMinShare();
        return new TemporaryJudgement(policy.version(), rules.allowed() && !fit.excluded(), rules.outcomes(), fit,
                new HomeCell(employee.unitCode(), employee.positionCode(), homeStaff, runningAway, staffDuring, need,
                        share, share * need));
    }

    /**
     * The temporary-assignment rules alone, for the days from {@code from} to {@code until}: the home cell keeps its
     * staff less this employee and less {@code awayBesides} others. For callers that judge the fit apart (a plan, which
     * looks at the memoised fit first) or not again (an extension of an assignment that already fits).
     */
    public TemporaryEligibility rules(PolicySnapshot policy, Employee employee, LocalDate from,
            LocalDate until, int homeStaff, int awayBesides, double need) {
        return eligibility.evaluateTemporary(policy, TemporaryFacts.of(employee, from, until, homeStaff,
                homeStaff - 1 - awayBesides, need));
    }
}
