package id.seimbang.placement;

import id.seimbang.system.Bilingual;

/**
 * One decision-table row that decided part of a placement: the table (decision) name, the row
 * number as the editor shows it (1-based), the rule id in the DMN file and the row's annotation.
 */
public record MatchedRow(String table, int rowIndex, String ruleId, Bilingual annotation) {
}
