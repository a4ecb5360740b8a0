package id.seimbang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy folder that is not there is named with the setting to change, wherever the jar was started. */
class PolicyFoldersTest {

    @TempDir
    Path temp;

    @Test
    void aMissingFolderNamesItsSettingAndAbsolutePath() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Path tables = temp.resolve("nowhere/decision-tables");

        assertThat(PolicyFiles.missingFolders(rules, tables)).singleElement().asString()
                .contains("seimbang.policy.decision-tables-dir").contains(tables.toAbsolutePath().toString());
        assertThat(PolicyFiles.missingFolders(Path.of("no-such-rules"), rules)).singleElement().asString()
                .contains("seimbang.policy.rules-dir")
                .contains("relative to the working directory " + Path.of("").toAbsolutePath());
        assertThat(PolicyFiles.missingFolders(rules, rules)).isEmpty();
    }

    @Test
    void theFirstStartWithoutPolicyFoldersRefusesNamingTheSetting() {
        PolicyProperties properties = new PolicyProperties(temp.resolve("rules"), temp.resolve("decision-tables"), 4, 1);
        PolicyService service = new PolicyService(properties, null, null, org.mockito.Mockito.mock(PolicyVersionStore.class), null);

        assertThatThrownBy(service::activateAtStartup).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no ACTIVE policy version")
                .hasMessageContaining("seimbang.policy.rules-dir")
                .hasMessageContaining("seimbang.policy.decision-tables-dir");
    }
}
