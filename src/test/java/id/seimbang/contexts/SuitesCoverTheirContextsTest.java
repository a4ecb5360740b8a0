package id.seimbang.contexts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.platform.suite.api.SelectClasses;

/**
 * A class that surefire's scan skips runs only through its suite: each class excluded in pom.xml must be in exactly
 * one suite, and each suite member must be excluded (or it would run twice, once in each JVM).
 */
class SuitesCoverTheirContextsTest {

    static final List<Class<?>> SUITES = List.of(PageContextTests.class, BrowserContextTests.class,
            PolicyContextTests.class, SecurityContextTests.class);
    private static final Pattern EXCLUDE = Pattern.compile("<exclude>(id/seimbang/[\\w/]+)\\.java</exclude>");

    @Test
    void everyClassLeftToASuiteIsInExactlyOneAndEveryMemberIsLeftToItsSuite() throws IOException {
        List<String> members = SUITES.stream()
                .flatMap(suite -> Stream.of(suite.getAnnotation(SelectClasses.class).names())).toList();
        List<String> excluded = excludedInPom();

        assertThat(members).doesNotHaveDuplicates();
        assertThat(excluded).as("classes excluded from surefire's scan in pom.xml")
                .hasSizeGreaterThan(SUITES.size()).containsExactlyInAnyOrderElementsOf(members);
        for (String member : members) {
            assertThat(member).as("an existing class").satisfies(name -> Class.forName(name));
        }
    }

    static List<String> excludedInPom() throws IOException {
        List<String> excluded = new ArrayList<>();
        Matcher m = EXCLUDE.matcher(Files.readString(Path.of("pom.xml")));
        while (m.find()) {
            excluded.add(m.group(1).replace('/', '.'));
        }
        return excluded;
    }
}
