package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyFile;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a/x", "1\n2\n", "b/x", "1\r\n2\r\n", 3)).isEmpty();
    }

    @Test
    void aReplacedLineShowsRemovalThenAdditionWithContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

        assertThat(LineDiff.unified("a/x", before, "b/x", after, 2)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -3,5 +3,5 @@
                 c
                 d
                -e
                +E
                 f
                 g
                """);
    }

    @Test
    void distantChangesMakeSeparateHunksAndLineNumbersFollowInsertions() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String after = "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n";

        assertThat(LineDiff.unified("a/x", before, "b/x", after, 1)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -1,1 +1,2 @@
                +0
                 1
                @@ -9,2 +10,1 @@
                 9
                -10
                """);
    }

    @Test
    void removedLinesInTheMiddleNameTheLineBeforeThemLikeDiffU() {
        // diff -u a b, with b lacking lines 4 and 5 of a: "@@ -3,4 +3,2 @@"; with context 0: "@@ -4,2 +3,0 @@"
        String before = "1\n2\n3\n4\n5\n6\n7\n";
        String after = "1\n2\n3\n6\n7\n";

        assertThat(LineDiff.unified("a/x", before, "b/x", after, 0)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -4,2 +3,0 @@
                -4
                -5
                """);
        assertThat(LineDiff.unified("a/x", after, "b/x", before, 0)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -3,0 +4,2 @@
                +4
                +5
                """);
    }

    @Test
    void addedAndRemovedFilesAreWholeFileDiffs() {
        PolicyDiff diff = PolicyDiff.of("v1", List.of(new PolicyFile("rules/a.drl", "x\n")),
                "v2", List.of(new PolicyFile("rules/b.drl", "y\n")));

        assertThat(diff.files()).extracting(PolicyDiff.FileDiff::path, PolicyDiff.FileDiff::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rules/a.drl", PolicyDiff.Change.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("rules/b.drl", PolicyDiff.Change.ADDED));
        assertThat(diff.text()).isEqualTo("--- a/rules/a.drl\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n"
                + "--- /dev/null\n+++ b/rules/b.drl\n@@ -0,0 +1,1 @@\n+y\n");
    }
}
