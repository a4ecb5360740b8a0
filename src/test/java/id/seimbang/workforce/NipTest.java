package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import id.seimbang.system.Bilingual;

class NipTest {

    @Test
    void parsesAWellFormedNip() {
        Nip nip = Nip.parse("198503122010012003");

        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(nip.cpnsMonth()).isEqualTo(YearMonth.of(2010, 1));
        assertThat(nip.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nip.serial()).isEqualTo(3);
        assertThat(Nip.problems("198503122010011003")).isEmpty();
    }

    @Test
    void buildsTheNipItParses() {
        String value = Nip.of(LocalDate.of(1990, 7, 1), YearMonth.of(2019, 3), Sex.MALE, 12);

        assertThat(value).isEqualTo("199007012019031012");
        assertThat(Nip.parse(value).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void rejectsWrongLengthAndNonDigits() {
        assertThat(english("19850312201001200")).containsExactly("NIP must consist of 18 digits");
        assertThat(english("1985031220100120031")).containsExactly("NIP must consist of 18 digits");
        assertThat(english("19850312201001200A")).containsExactly("NIP must consist of 18 digits");
        assertThat(english(null)).containsExactly("NIP must consist of 18 digits");
    }

    @Test
    void rejectsAnImpossibleBirthDate() {
        assertThat(english("198513122010012003")).singleElement().asString().contains("Birth date");
        assertThat(english("198504312010012003")).singleElement().asString().contains("Birth date");
    }

    @Test
    void acceptsFebruary29OnlyInLeapYears() {
        assertThat(Nip.problems("199602292020012001")).isEmpty();
        assertThat(Nip.problems("200002292022012001")).isEmpty();
        assertThat(english("199902292020012001")).singleElement().asString().contains("Birth date");
        assertThat(english("190002292020012001")).isNotEmpty();
    }

    @Test
    void rejectsAnImpossibleTmtCpnsMonth() {
        assertThat(english("198503122010132003")).singleElement().asString().contains("TMT CPNS");
        assertThat(english("198503122010002003")).singleElement().asString().contains("TMT CPNS");
    }

    @Test
    void rejectsTmtCpnsNotAfterBirth() {
        assertThat(english("198503121984012003")).singleElement().asString().contains("not after the birth date");
    }

    @Test
    void rejectsASexDigitOtherThanOneOrTwo() {
        assertThat(english("198503122010013003")).containsExactly("Sex digit inside the NIP must be 1 or 2, not 3");
        assertThat(english("198503122010010003")).containsExactly("Sex digit inside the NIP must be 1 or 2, not 0");
    }

    @Test
    void reportsEveryProblemAtOnceInBothLanguages() {
        var problems = Nip.problems("198513122010133000");

        assertThat(problems).hasSize(4);
        assertThat(problems).allSatisfy(p -> assertThat(p.id()).isNotBlank().isNotEqualTo(p.en()));
    }

    @Test
    void parseRefusesAMalformedNip() {
        assertThatThrownBy(() -> Nip.parse("123")).isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.List<String> english(String nip) {
        return Nip.problems(nip).stream().map(Bilingual::en).toList();
    }
}
