package id.seimbang.policy.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where policy files are read and where edits go.
 *
 * @param sourceDir    folder holding {@code rules/} and {@code decision-tables/} (the policy source)
 * @param workspaceDir working copy that saved edits are written to; the source is never overwritten
 */
@ConfigurationProperties("seimbang.policy")
public record PolicyFilesProperties(
        @DefaultValue(".") Path sourceDir,
        @DefaultValue("target/policy-workspace") Path workspaceDir) {
}
