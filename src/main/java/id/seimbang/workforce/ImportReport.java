package id.seimbang.workforce;

import java.util.Map;

/**
 * What an import changed, per kind (kabupaten, instansi, units, …): rows inserted, updated, unchanged, and for surges
 * also withdrawn (rows with {@code action=withdraw}).
 */
record ImportReport(Map<String, Counts> counts, long millis) {

    /** {@code withdrawn} is null (and left out of the JSON) for kinds that cannot withdraw rows. */
    public record Counts(int inserted, int updated, int unchanged, Integer withdrawn) {

        public Counts(int inserted, int updated, int unchanged) {
            this(inserted, updated, unchanged, null);
        }
    }

    public boolean changedAnything() {
        return counts.values().stream().anyMatch(c -> c.inserted() + c.updated() > 0
                || c.withdrawn() != null && c.withdrawn() > 0);
    }

    /** Lines for the command-line form. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, c) -> out.append(String.format("%-10s inserted %7d  updated %7d  unchanged %7d%s%n", kind,
                c.inserted(), c.updated(), c.unchanged(),
                c.withdrawn() == null ? "" : String.format("  withdrawn %7d", c.withdrawn()))));
        return out.append("(").append(millis).append(" ms)").toString();
    }
}
