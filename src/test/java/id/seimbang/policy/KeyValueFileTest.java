package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeyValueFileTest {

    @Test
    void readsKeysWithTheirLinesAndReportsEveryBadLineAndRepeatedKey() {
        List<PolicyProblem> problems = new ArrayList<>();
        KeyValueFile read = KeyValueFile.read(new PolicyFile("rules/x.properties",
                "# comment\n! also a comment\n\na = 1\nno equals sign\nb=two words \na=3\n=x\n"), "Parameter", problems);

        assertThat(read.values()).containsExactly(Map.entry("a", "1"), Map.entry("b", "two words"));
        assertThat(read.lines()).containsEntry("a", 4).containsEntry("b", 6);
        assertThat(problems).extracting(PolicyProblem::line, PolicyProblem::message).containsExactly(
                tuple(5, "Expected key=value: 'no equals sign'"),
                tuple(7, "Parameter 'a' is set twice (first on line 4)"),
                tuple(8, "Expected key=value: '=x'"));
        assertThat(problems).allMatch(p -> p.file().equals("rules/x.properties"));
    }
}
