package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Pages take every text from the bundles, and the Indonesian and English bundles have the same keys. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
    /** Text between tags holding a letter or digit (punctuation such as ':' between elements is fine). */
    private static final Pattern LITERAL_TEXT = Pattern.compile(">([^<]*[\\p{L}\\p{N}][^<]*)<");

    @Test
    void indonesianAndEnglishBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        assertThat(indonesian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyKeyUsedByATemplateIsInTheBundle() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void templatesShowNoTextOfTheirOwn() throws IOException {
        // Literal text in a template is only a preview: each such element must get its text from th:text.
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = LITERAL_TEXT.matcher(html);
            while (m.find()) {
                String before = html.substring(html.lastIndexOf('<', m.start()), m.start() + 1);
                assertThat(before)
                        .as("text '%s' in %s must come from th:text", m.group(1), template)
                        .containsAnyOf("th:text=", "th:utext=");
            }
        }
    }

    private static Stream<Path> templateStream() throws IOException {
        return Files.walk(RESOURCES.resolve("templates")).filter(p -> p.toString().endsWith(".html"));
    }

    private static Iterable<Path> templates() throws IOException {
        try (Stream<Path> files = templateStream()) {
            return files.toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
