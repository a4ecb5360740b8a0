package id.seimbang.policy;

/** A one-table DMN 1.5 model (distance → band, hit policy UNIQUE) with two editable rule conditions. */
final class TestDmn {

    private TestDmn() {
    }

    static String band(String nearCondition, String farCondition) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="_band_model" name="band"
                    namespace="https://seimbang.id/test/band">
                  <inputData id="_distance" name="distance">
                    <variable id="_distance_var" name="distance" typeRef="number"/>
                  </inputData>
                  <decision id="_band" name="band">
                    <variable id="_band_var" name="band" typeRef="string"/>
                    <informationRequirement id="_ir1">
                      <requiredInput href="#_distance"/>
                    </informationRequirement>
                    <decisionTable id="_band_table" hitPolicy="UNIQUE">
                      <input id="_in1" label="distance">
                        <inputExpression id="_ie1" typeRef="number"><text>distance</text></inputExpression>
                      </input>
                      <output id="_out1"/>
                      <rule id="_r1">
                        <inputEntry id="_r1i"><text>%s</text></inputEntry>
                        <outputEntry id="_r1o"><text>"near"</text></outputEntry>
                      </rule>
                      <rule id="_r2">
                        <inputEntry id="_r2i"><text>%s</text></inputEntry>
                        <outputEntry id="_r2o"><text>"far"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(escape(nearCondition), escape(farCondition));
    }

    private static String escape(String feel) {
        return feel.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
