package id.seimbang.authoring;

import java.util.List;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/** A workforce snapshot as plain lists, so it crosses to a draft worker as JSON and is rebuilt there unchanged. */
record WorkforceData(List<Kabupaten> kabupaten, List<Instansi> instansi, List<Unit> units, List<Position> positions,
        List<FormationCell> cells, List<Employee> employees, List<TransferRequest> requests) {

    static WorkforceData of(Workforce facts) {
        return new WorkforceData(List.copyOf(facts.kabupaten()), List.copyOf(facts.instansi()),
                List.copyOf(facts.units()), List.copyOf(facts.positions()), List.copyOf(facts.cells()),
                List.copyOf(facts.employees()), facts.requests());
    }

    Workforce toWorkforce() {
        return new Workforce(kabupaten, instansi, units, positions, cells, employees, requests);
    }
}
