package id.seimbang.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kie.dmn.validation.DMNValidator.Validation.ANALYZE_DECISION_TABLE;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_COMPILATION;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_MODEL;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_SCHEMA;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/** The shipped tables pass the checks the policy snapshot runs before it accepts a DMN file. */
class PlacementTablesValidationTest {

    private static DMNValidator validator;

    @BeforeAll
    static void createValidator() {
        validator = DMNValidatorFactory.newValidator();
    }

    @AfterAll
    static void disposeValidator() {
        validator.dispose();
    }

    private static List<DMNMessage> validate(String xml) {
        return validator.validate(new StringReader(xml), VALIDATE_SCHEMA, VALIDATE_MODEL, VALIDATE_COMPILATION,
                ANALYZE_DECISION_TABLE);
    }

    @Test
    void shippedTablesHaveNoErrorsGapsOrOverlaps() {
        List<DMNMessage> messages = validator.validate(PlacementFixtures.PLACEMENT_DMN.toFile(), VALIDATE_SCHEMA,
                VALIDATE_MODEL, VALIDATE_COMPILATION, ANALYZE_DECISION_TABLE);

        assertThat(messages).noneMatch(m -> m.getLevel() == org.kie.api.builder.Message.Level.ERROR);
        assertThat(messages).extracting(DMNMessage::getMessageType)
                .noneMatch(t -> t == DMNMessageType.DECISION_TABLE_GAP || t.name().startsWith("DECISION_TABLE_OVERLAP")
                        || t == DMNMessageType.DECISION_TABLE_ANALYSIS_ERROR);
        // the analysis really ran on every table (a table it cannot analyse is reported, not silently passed)
        assertThat(messages).filteredOn(m -> m.getMessageType() == DMNMessageType.DECISION_TABLE_ANALYSIS_EMPTY)
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void tableEditedToLeaveAGapIsReportedWithTheTableAndTheMissingValue() {
        String withGap = PlacementTablesFixtures.withoutInterIslandRow();

        List<DMNMessage> gaps = validate(withGap).stream()
                .filter(m -> m.getMessageType() == DMNMessageType.DECISION_TABLE_GAP).toList();

        assertThat(gaps).hasSize(1);
        DMNMessage gap = gaps.get(0);
        assertThat(gap.getText()).contains("Gap detected").contains("\"INTER_ISLAND\"");
        assertThat(tableName(withGap, gap.getSourceId())).isEqualTo("Relokasi");
    }

    /** Validator messages name the decision table by its id; the policy officer knows it by its decision. */
    private static String tableName(String xml, String tableId) {
        DMNModel model = PlacementFixtures.model(PlacementFixtures.runtime(xml));
        return model.getDecisions().stream()
                .filter(d -> d.getDecision().getExpression() != null && tableId.equals(d.getDecision().getExpression().getId()))
                .map(DecisionNode::getName).findFirst().orElse(tableId);
    }
}
