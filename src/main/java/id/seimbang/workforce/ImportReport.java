package id.seimbang.workforce;

import java.util.Map;

/** What an import changed, per kind (kabupaten, instansi, units, …): rows inserted, updated, unchanged. */
record ImportReport(Map<String, Counts> counts, long millis) {

    public record Counts(int inserted, int updated, int unchanged) {
    }

    public boolean changedAnything() {
        return counts.values().stream().anyMatch(c -> c.inserted() + c.updated() > 0);
    }

    /** Lines for the command-line form. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, c) -> out.append(String.format("%-10s inserted %7d  updated %7d  unchanged %7d%n", kind,
                c.inserted(), c.updated(), c.unchanged())));
        return out.append("(").append(millis).append(" ms)").toString();
    }
}
