package id.seimbang.policy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the policy lives on disk ({@code seimbang.policy.rules-dir}, default {@code rules};
 * {@code seimbang.policy.decision-tables-dir}, default {@code decision-tables}) and how many past
 * versions {@link PolicyService} keeps compiled ({@code seimbang.policy.recompiled-cache-size}), and how many
 * policies compile at once ({@code seimbang.policy.compiler-threads}, threads of the {@code policy-build} pool).
 */
@ConfigurationProperties("seimbang.policy")
public record PolicyProperties(
        @DefaultValue("rules") Path rulesDir,
        @DefaultValue("decision-tables") Path decisionTablesDir,
        @DefaultValue("4") int recompiledCacheSize,
        @DefaultValue("2") int compilerThreads) {
}
