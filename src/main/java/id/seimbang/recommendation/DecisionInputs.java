package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * Everything one decision reads, exactly as it was used. It is stored in the audit record, and a
 * replay evaluates the same record again: a decision is a pure function of these inputs and the
 * policy version.
 *
 * @param cells the employee's current cell and every cell in scope, with W and B at decision time
 */
public record DecisionInputs(Employee employee, List<TransferRequest> requests, LocalDate asOf, Scope scope,
        int limit, List<Unit> units, List<Position> positions, List<CellFacts> cells) {

    public DecisionInputs {
        requests = List.copyOf(requests);
        units = List.copyOf(units);
        positions = List.copyOf(positions);
        cells = List.copyOf(cells);
    }
}
