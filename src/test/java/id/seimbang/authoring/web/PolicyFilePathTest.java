package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.seimbang.system.DomainException;

class PolicyFilePathTest {

    @ParameterizedTest
    @CsvSource({
            "decision-tables/placement.dmn, DMN",
            "decision-tables/sub/fit_2.dmn, DMN",
            "rules/eligibility.drl, DRL",
            "rules/parameters.properties, PROPERTIES"})
    void acceptsPolicyFilesInThePolicyFolders(String path, PolicyFilePath.Kind kind) {
        assertThat(PolicyFilePath.parse("path", path).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "/etc/passwd", "decision-tables/../pom.xml", "rules/../../x.drl", "rules/./x.drl",
            "..\\rules\\x.drl", "C:/rules/x.drl", "src/main/x.dmn", "rules", "rules/", "decision-tables//x.dmn",
            "rules/.hidden.drl", "rules/x.yml", "decision-tables/x.dmn.bak", "rules/a b.drl", "rules/%2e%2e/x.drl"})
    void refusesAnythingElse(String path) {
        assertThatThrownBy(() -> PolicyFilePath.parse("path", path))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("path"));
                });
    }
}
