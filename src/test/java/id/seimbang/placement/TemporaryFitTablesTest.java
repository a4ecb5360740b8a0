package id.seimbang.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kie.dmn.validation.DMNValidator.Validation.ANALYZE_DECISION_TABLE;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_COMPILATION;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_MODEL;
import static org.kie.dmn.validation.DMNValidator.Validation.VALIDATE_SCHEMA;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.DomainException;

/**
 * decision-tables/temporary-assignment.dmn (issue 20 point 2): validated like the placement tables, every row
 * annotated in both languages, and the fit of the Sofifi case (teachers with a health competency to vaccination).
 */
class TemporaryFitTablesTest {

    static final Path FILE = Path.of("decision-tables/temporary-assignment.dmn");

    private static TemporaryFit fit(TemporaryWork work, Set<String> competencies, String homeJobFamily) {
        return TemporaryFitEvaluator.of(PolicyFixtures.shippedPolicy()).evaluate(work, competencies, homeJobFamily);
    }

    @Test
    void theTablesHaveNoErrorsGapsOrOverlapsAndAreAnalysed() {
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            List<DMNMessage> messages = validator.validate(FILE.toFile(), VALIDATE_SCHEMA, VALIDATE_MODEL,
                    VALIDATE_COMPILATION, ANALYZE_DECISION_TABLE);
            assertThat(messages).noneMatch(m -> m.getLevel() == org.kie.api.builder.Message.Level.ERROR);
            assertThat(messages).extracting(DMNMessage::getMessageType)
                    .noneMatch(t -> t == DMNMessageType.DECISION_TABLE_GAP || t.name().startsWith("DECISION_TABLE_OVERLAP")
                            || t == DMNMessageType.DECISION_TABLE_ANALYSIS_ERROR);
            assertThat(messages).filteredOn(m -> m.getMessageType() == DMNMessageType.DECISION_TABLE_ANALYSIS_EMPTY)
                    .hasSize(3);
        } finally {
            validator.dispose();
        }
    }

    @Test
    void aTeacherWithAHealthCompetencyFitsVaccinationAndOneWithoutDoesNot() {
        TemporaryFit teacher = fit(TemporaryWork.VAKSINASI, Set.of("KURIKULUM_MERDEKA", "PELAYANAN_KESEHATAN_DASAR"),
                "EDUCATION");
        assertThat(teacher.fitLevel()).isEqualTo("Sesuai");
        assertThat(teacher.excluded()).isFalse();
        assertThat(teacher.penalty()).isEqualTo(2.0);
        assertThat(teacher.targetJobFamily()).isEqualTo("HEALTH");
        assertThat(teacher.matchedRows()).extracting(MatchedRow::table)
                .containsExactlyInAnyOrder("Kesesuaian Penugasan", "Penalti Penugasan", "Rumpun Jabatan Penugasan");
        MatchedRow fitRow = teacher.matchedRows().stream().filter(r -> r.table().equals("Kesesuaian Penugasan"))
                .findFirst().orElseThrow();
        assertThat(fitRow.annotation().en()).isEqualTo("Staff of another family (e.g. a teacher) "
                + "holding a health competency or certificate, for vaccination or health services: good fit");
        assertThat(fitRow.annotation().id()).startsWith("Pegawai rumpun lain (mis. guru)");

        TemporaryFit without = fit(TemporaryWork.VAKSINASI, Set.of("KURIKULUM_MERDEKA"), "EDUCATION");
        assertThat(without.fitLevel()).isEqualTo("Tidak Sesuai");
        assertThat(without.excluded()).isTrue();

        TemporaryFit nurse = fit(TemporaryWork.VAKSINASI, Set.of("STR_PERAWAT"), "HEALTH");
        assertThat(nurse.fitLevel()).isEqualTo("Sangat Sesuai");
        assertThat(nurse.penalty()).isZero();
        assertThat(fit(TemporaryWork.VAKSINASI, Set.of(), "HEALTH").fitLevel()).isEqualTo("Kurang Sesuai");
    }

    @Test
    void registrationSurgesTakePublicServiceStaffAndAdministrationIsOpenToAll() {
        assertThat(fit(TemporaryWork.PELAYANAN_KEPENDUDUKAN, Set.of("SIAK"), "POPULATION").fitLevel())
                .isEqualTo("Sangat Sesuai");
        assertThat(fit(TemporaryWork.PELAYANAN_KEPENDUDUKAN, Set.of("PELAYANAN_PUBLIK"), "FINANCE").fitLevel())
                .isEqualTo("Sesuai");
        assertThat(fit(TemporaryWork.PELAYANAN_KEPENDUDUKAN, Set.of(), "ADMINISTRATION").fitLevel())
                .isEqualTo("Kurang Sesuai");
        assertThat(fit(TemporaryWork.PELAYANAN_KEPENDUDUKAN, Set.of(), "IT").excluded()).isTrue();
        assertThat(fit(TemporaryWork.ADMINISTRASI, Set.of(), "HEALTH").fitLevel()).isEqualTo("Sesuai");
        assertThat(fit(TemporaryWork.PELAYANAN_KEPENDUDUKAN, Set.of(), "IT").targetJobFamily()).isEqualTo("POPULATION");
        assertThat(fit(TemporaryWork.PEMBELAJARAN, Set.of(), "IT").targetJobFamily()).isEqualTo("EDUCATION");
        assertThat(fit(TemporaryWork.PEMBELAJARAN, Set.of("SERTIFIKAT_PENDIDIK"), "ADMINISTRATION").fitLevel())
                .isEqualTo("Sesuai");
    }

    @Test
    void everyRowOfEveryTableIsAnnotatedInBothLanguages() throws Exception {
        String xml = java.nio.file.Files.readString(FILE);
        int rules = xml.split("<rule id=", -1).length - 1;
        int annotations = xml.split("<annotationEntry><text>[^<]+</text></annotationEntry>", -1).length - 1;
        assertThat(rules).isEqualTo(22);
        assertThat(annotations).isEqualTo(2 * rules);
    }

    @Test
    void aPolicyWithoutTheTableIsRefusedNotGuessed() {
        PolicySnapshot without = PolicyFixtures.compiler().compile(PolicyFixtures.shippedFiles().stream()
                .filter(f -> !f.path().equals("decision-tables/temporary-assignment.dmn")).toList());
        assertThatThrownBy(() -> TemporaryFitEvaluator.of(without)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Policy without a temporary-assignment table");
        // and placement is untouched by the second model
        assertThat(PlacementEvaluator.forRuntime(PolicyFixtures.shippedPolicy().dmnRuntime(), 10)).isNotNull();
    }
}
