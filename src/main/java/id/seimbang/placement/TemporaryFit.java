package id.seimbang.placement;

import java.util.List;

/**
 * How well an employee fits a kind of temporary work, by decision-tables/temporary-assignment.dmn: the fit level,
 * whether it excludes the assignment (Tidak Sesuai), the penalty in balance units, the job family of the formation
 * cells that receive the hours of this kind of work, and the table rows that decided, with their annotations.
 */
public record TemporaryFit(String fitLevel, boolean excluded, double penalty, String targetJobFamily,
        List<MatchedRow> matchedRows) {

    public TemporaryFit {
        matchedRows = List.copyOf(matchedRows);
    }
}
