package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicyProperties;
import id.seimbang.policy.PolicyService;
import id.seimbang.policy.PolicyVersionStore;

/**
 * A draft approved on any instance is compiled here before its publication, once, and not put in force: when its
 * publication is announced, PolicyFollower finds the version compiled and swaps it in at once.
 */
class ApprovedDraftCompilerTest {

    @Test
    void anApprovedDraftIsCompiledOnceAheadOfItsPublicationAndNotActivated() {
        ActivePolicy active = new ActivePolicy(PolicyFixtures.compiler());
        active.activate(PolicyFixtures.shippedPolicy());
        PolicyService policies = new PolicyService(new PolicyProperties(Path.of("rules"), Path.of("decision-tables"), 4, 1),
                PolicyFixtures.compiler(), active, mock(PolicyVersionStore.class), Clock.systemUTC());
        List<PolicyFile> files = PolicyFixtures.withParameter("position.min-months", "9");
        String version = PolicyFiles.version(files);
        DraftStore drafts = mock(DraftStore.class);
        when(drafts.approvedIds()).thenReturn(List.of(7L));
        when(drafts.files(7L)).thenReturn(files);
        ApprovedDraftCompiler compiler = new ApprovedDraftCompiler(drafts, policies);
        assertThat(policies.isCompiled(version)).isFalse();

        compiler.check();
        compiler.check();

        assertThat(policies.isCompiled(version)).isTrue();
        assertThat(policies.snapshot(version).version()).isEqualTo(version);
        assertThat(active.current().version()).isEqualTo(PolicyFixtures.shippedPolicy().version());
        verify(drafts, times(1)).files(7L);
    }
}
