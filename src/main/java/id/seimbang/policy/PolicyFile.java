package id.seimbang.policy;

import java.util.Objects;

/**
 * One file of a policy version, e.g. {@code rules/eligibility-employee.drl},
 * {@code rules/parameters.properties} or {@code decision-tables/placement.dmn}. Paths use '/' and are
 * relative to the policy root so that the same files hash the same on every machine.
 */
public record PolicyFile(String path, String content) {

    public PolicyFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        path = path.replace('\\', '/');
    }

    public boolean isDrl() {
        return path.endsWith(".drl");
    }

    public boolean isDmn() {
        return path.endsWith(".dmn");
    }

    /** Line endings normalised to \n, so that a Windows checkout does not change the version. */
    public String normalizedContent() {
        return content.replace("\r\n", "\n").replace('\r', '\n');
    }
}
