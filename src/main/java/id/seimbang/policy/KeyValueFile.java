package id.seimbang.policy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code key=value} lines of a policy properties file with the line of each key, read the one way every such
 * file is read (the parameters, the changeable facts): a malformed line or a key set twice is a problem naming the
 * file and the line, and the rest of the file is still read so that every problem is reported at once.
 *
 * @param values the values by key, in file order (mutable: readers remove what they consumed and report the rest)
 * @param lines  the line of each key
 */
record KeyValueFile(Map<String, String> values, Map<String, Integer> lines) {

    /** @param what how the file names its keys in a message ("Parameter", "Fact"…) */
    static KeyValueFile read(PolicyFile file, String what, List<PolicyProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String[] text = file.normalizedContent().split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(PolicyProblem.error(file.path(), i + 1, "Expected key=value: '" + line + "'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (values.containsKey(key)) {
                problems.add(PolicyProblem.error(file.path(), i + 1,
                        what + " '" + key + "' is set twice (first on line " + lines.get(key) + ")"));
                continue;
            }
            values.put(key, line.substring(eq + 1).strip());
            lines.put(key, i + 1);
        }
        return new KeyValueFile(values, lines);
    }
}
