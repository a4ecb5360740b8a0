package id.seimbang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map of docs/architecture.md: every top-level package is a module, dependencies point one way,
 * and no module reaches into another's internals; and threads come only from the service's pools
 * ({@link ThreadRulesTest}). Also writes the module documentation (PlantUML component
 * diagrams and module canvases) to target/spring-modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SeimbangApplication.class);

    @Test
    void modulesDependOneWayAndOnlyOnPublicTypes() {
        MODULES.verify(VerificationOptions.defaults()
                .andAdditionalVerifications(ThreadRulesTest.THREADS_ONLY_FROM_TASK_POOLS));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
