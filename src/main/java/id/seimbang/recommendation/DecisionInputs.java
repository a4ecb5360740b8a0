package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param temporary what the temporary part reads, when the request has one; absent (not null) from the record
 *                  otherwise, so a decision without it is recorded as before
 */
public record DecisionInputs(Employee employee, List<TransferRequest> requests, LocalDate asOf, Scope scope,
        int limit, List<Unit> units, List<Position> positions, List<CellFacts> cells,
        @JsonInclude(JsonInclude.Include.NON_NULL) TemporaryInputs temporary) {

    public DecisionInputs {
        requests = List.copyOf(requests);
        units = List.copyOf(units);
        positions = List.copyOf(positions);
        cells = List.copyOf(cells);
    }

    /** Without a temporary part. */
    public DecisionInputs(Employee employee, List<TransferRequest> requests, LocalDate asOf, Scope scope, int limit,
            List<Unit> units, List<Position> positions, List<CellFacts> cells) {
        this(employee, requests, asOf, scope, limit, units, positions, cells, null);
    }
}
