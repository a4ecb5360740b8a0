package id.seimbang.recommendation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** Lists the JSON paths where two documents differ, so a failed replay says exactly what changed. */
final class JsonDifferences {

    private JsonDifferences() {
    }

    static List<ReplayReport.Difference> between(JsonNode recorded, JsonNode replayed) {
        List<ReplayReport.Difference> out = new ArrayList<>();
        walk("", recorded, replayed, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<ReplayReport.Difference> out) {
        if (a == null || b == null || a.isNull() || b.isNull()) {
            if (!(isAbsent(a) && isAbsent(b))) {
                out.add(new ReplayReport.Difference(path.isEmpty() ? "/" : path, text(a), text(b)));
            }
            return;
        }
        if (a.isNumber() && b.isNumber()) {
            // 3 and 3.0 are the same number however a serialiser wrote them
            if (Double.compare(a.doubleValue(), b.doubleValue()) != 0) {
                out.add(new ReplayReport.Difference(path, a.toString(), b.toString()));
            }
        } else if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path + "/" + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray() && b.isArray()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            int index = 0;
            while (left.hasNext() || right.hasNext()) {
                walk(path + "/" + index++, left.hasNext() ? left.next() : null, right.hasNext() ? right.next() : null,
                        out);
            }
        } else if (!a.equals(b)) {
            out.add(new ReplayReport.Difference(path, a.toString(), b.toString()));
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static String text(JsonNode node) {
        return isAbsent(node) ? null : node.toString();
    }
}
