package id.seimbang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every Spring test context gets its own audit witness file (in a fresh temporary folder), unless the test names
 * one: contexts use their own databases (in-memory H2, a PostgreSQL schema each), and a witness shared between
 * them would report the chain of one as truncated in another. Registered in {@code META-INF/spring.factories}.
 */
public class WitnessFilePerTestContext implements ContextCustomizerFactory {

    static final String PROPERTY = "seimbang.audit.witness.path";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new FreshWitness();
    }

    /** Equal to every other instance, so that the context cache works as without it. */
    static final class FreshWitness implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            for (String property : config.getPropertySourceProperties()) {
                if (property.startsWith(PROPERTY + "=") || property.startsWith(PROPERTY + ":")) {
                    return;
                }
            }
            try {
                Path folder = Files.createTempDirectory("seimbang-witness-");
                folder.toFile().deleteOnExit();
                Path file = folder.resolve("audit-witness.log");
                file.toFile().deleteOnExit();
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-witness-file",
                        Map.of(PROPERTY, file.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshWitness;
        }

        @Override
        public int hashCode() {
            return FreshWitness.class.hashCode();
        }
    }
}
