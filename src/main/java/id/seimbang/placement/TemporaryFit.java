package id.seimbang.placement;

import java.util.List;

/**
 * How well an employee fits a kind of temporary work, by decision-tables/temporary-assignment.dmn: the fit level,
 * whether it excludes the assignment (Tidak Sesuai), the penalty in balance units and the table rows that decided,
 * with their annotations.
 */
public record TemporaryFit(String fitLevel, boolean excluded, double penalty, List<MatchedRow> matchedRows) {

    public TemporaryFit {
        matchedRows = List.copyOf(matchedRows);
    }
}
