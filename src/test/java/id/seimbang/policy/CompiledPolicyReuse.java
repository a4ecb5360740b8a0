package id.seimbang.policy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Test runs only (registered in src/test/resources/META-INF/spring.factories): every Spring context of a run
 * compiles the same shipped policy at start-up, a few seconds each. A snapshot is immutable and a compilation is a
 * function of the exact files, so contexts in one JVM reuse the snapshot of identical files; different files
 * (drafts, edits, attacks) still compile, and a failing compilation is never stored. The compiler itself is
 * tested without it (PolicyCompilerTest and the lifecycle tests build other files).
 */
public class CompiledPolicyReuse implements ContextCustomizerFactory {

    /** The shipped policy and a few variants are what contexts share; more would only hold memory. */
    private static final int KEPT = 8;
    private static final Map<List<PolicyFile>, PolicySnapshot> SNAPSHOTS = new ConcurrentHashMap<>();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** A record: equal for every test class, so it does not split Spring's context cache. */
    record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof PolicyCompiler compiler && !(bean instanceof Reusing)
                            ? new Reusing(compiler, SNAPSHOTS) : bean;
                }
            });
        }
    }

    static final class Reusing extends PolicyCompiler {
        private final PolicyCompiler compiler;
        private final Map<List<PolicyFile>, PolicySnapshot> snapshots;

        Reusing(PolicyCompiler compiler, Map<List<PolicyFile>, PolicySnapshot> snapshots) {
            super(Runnable::run);
            this.compiler = compiler;
            this.snapshots = snapshots;
        }

        @Override
        public PolicySnapshot compile(List<PolicyFile> input) {
            return reused(input, compiler::compile);
        }

        /**
         * The start-up's build (the ACTIVE version, or the folders at the first start) is a trusted one: without
         * this override it went past the reuse to the superclass and every context compiled the shipped policy.
         */
        @Override
        public PolicySnapshot compileTrusted(List<PolicyFile> input) {
            return reused(input, compiler::compileTrusted);
        }

        private PolicySnapshot reused(List<PolicyFile> input,
                Function<List<PolicyFile>, PolicySnapshot> build) {
            List<PolicyFile> key = List.copyOf(PolicyFiles.sorted(input));
            PolicySnapshot known = snapshots.get(key);
            if (known != null) {
                return known;
            }
            PolicySnapshot compiled = build.apply(input);
            if (snapshots.size() >= KEPT) {
                return compiled;
            }
            PolicySnapshot raced = snapshots.putIfAbsent(key, compiled);
            return raced != null ? raced : compiled;
        }
    }
}
