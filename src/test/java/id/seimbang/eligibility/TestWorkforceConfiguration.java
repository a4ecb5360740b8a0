package id.seimbang.eligibility;

import java.util.function.Supplier;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import id.seimbang.workforce.Workforce;

/**
 * Stands in for {@code WorkforceService::current} in Spring tests: the small province of
 * {@link WorkforceFixtures} with the {@link EmployeeFixtures#eligiblePns()} employee in it.
 */
@TestConfiguration
public class TestWorkforceConfiguration {

    public static final String H2_MEMORY = "spring.datasource.url=jdbc:h2:mem:seimbang-${random.uuid};MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** Primary: it replaces the real {@code WorkforceService} for the eligibility endpoint. */
    @Bean
    @Primary
    Supplier<Workforce> currentWorkforce() {
        Workforce province = WorkforceFixtures.province(EmployeeFixtures.eligiblePns().build(),
                WorkforceFixtures.OTHER_INSTANSI_UNIT);
        return () -> province;
    }
}
