package id.seimbang.placement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edited copies of the shipped tables, as a policy officer might save them. */
final class PlacementTablesFixtures {

    private static final Pattern INTER_ISLAND_ROW = Pattern.compile(
            "\\s*<rule id=\"[^\"]+\">\\s*<inputEntry id=\"[^\"]+\"><text>\"INTER_ISLAND\"</text></inputEntry>.*?</rule>",
            Pattern.DOTALL);

    private PlacementTablesFixtures() {
    }

    /** The relocation table without its inter-island row: a gap for INTER_ISLAND. */
    static String withoutInterIslandRow() {
        String xml = PlacementFixtures.shippedXml();
        Matcher row = INTER_ISLAND_ROW.matcher(xml);
        if (!row.find()) {
            throw new IllegalStateException("the relocation table has no INTER_ISLAND row");
        }
        return row.replaceFirst("");
    }
}
