package id.seimbang.policy;

/**
 * One reason a policy does not compile or validate. {@code line}/{@code column} are null when the
 * engine does not know them (e.g. a missing parameter); {@code severity} is ERROR or WARNING.
 */
public record PolicyProblem(String file, Integer line, Integer column, String severity, String message) {

    public static PolicyProblem error(String file, Integer line, String message) {
        return new PolicyProblem(file, line, null, "ERROR", message);
    }

    /** {@code rules/x.drl:12:5: ERROR message}: the form people and IDEs recognise. */
    public String formatted() {
        StringBuilder where = new StringBuilder(file == null ? "(policy)" : file);
        if (line != null) {
            where.append(':').append(line);
            if (column != null) {
                where.append(':').append(column);
            }
        }
        return where + ": " + severity + " " + message;
    }
}
