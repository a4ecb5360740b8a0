package id.seimbang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Unit;

/**
 * Plans and decisions evaluate the move rules once per (target position, same or other instansi, request)
 * and reuse the verdict for every cell of that kind. That is only right while the move facts of two such
 * cells are equal apart from the cell key; this test fails if a unit-specific fact is ever added.
 */
class MoveFactsGroupingTest {

    private final Employee employee = EmployeeFixtures.eligiblePns().build();
    private final Unit current = new Unit("U-BPKAD-PROV", "BPKAD Provinsi", "PROV", "KAB-01", Sector.FINANCE, -6.91,
            107.61, "Jawa", true);

    @Test
    void cellsOfTheSameKindHaveEqualFactsApartFromTheKey() {
        Unit near = new Unit("U-1", "Bapenda Provinsi", "PROV", "KAB-01", Sector.FINANCE, -6.90, 107.62, "Jawa", true);
        Unit far = new Unit("U-2", "UPT Pendapatan Wilayah", "PROV", "KAB-09", Sector.GENERAL_ADMINISTRATION, -8.1,
                112.0, "Madura", true);

        MoveFacts toNear = EligibilityFacts.move(employee, current, EmployeeFixtures.ANALIS_KEUANGAN, near,
                EmployeeFixtures.ANALIS_KEUANGAN, false, EmployeeFixtures.AS_OF);
        MoveFacts toFar = EligibilityFacts.move(employee, current, EmployeeFixtures.ANALIS_KEUANGAN, far,
                EmployeeFixtures.ANALIS_KEUANGAN, false, EmployeeFixtures.AS_OF);

        assertThat(toNear.target()).isNotEqualTo(toFar.target());
        assertThat(toNear.withoutTarget()).isEqualTo(toFar.withoutTarget());
        // what EligibilityService gives every target of a kind: its representative's facts with the target's key
        assertThat(toNear.withTarget(toFar.target())).isEqualTo(toFar);
    }

    @Test
    void anotherInstansiOrARequestIsAnotherKind() {
        Unit sameInstansi = new Unit("U-1", "Bapenda Provinsi", "PROV", "KAB-01", Sector.FINANCE, -6.90, 107.62, "Jawa",
                true);
        Unit otherInstansi = new Unit("U-3", "BPKAD Kabupaten", "GARUT", "KAB-02", Sector.FINANCE, -7.21, 107.90,
                "Jawa", true);

        MoveFacts same = EligibilityFacts.move(employee, current, EmployeeFixtures.ANALIS_KEUANGAN, sameInstansi,
                EmployeeFixtures.ANALIS_KEUANGAN, false, EmployeeFixtures.AS_OF);
        MoveFacts other = EligibilityFacts.move(employee, current, EmployeeFixtures.ANALIS_KEUANGAN, otherInstansi,
                EmployeeFixtures.ANALIS_KEUANGAN, false, EmployeeFixtures.AS_OF);
        MoveFacts requested = EligibilityFacts.move(employee, current, EmployeeFixtures.ANALIS_KEUANGAN, sameInstansi,
                EmployeeFixtures.ANALIS_KEUANGAN, true, EmployeeFixtures.AS_OF);

        assertThat(same.withoutTarget()).isNotEqualTo(other.withoutTarget());
        assertThat(same.withoutTarget()).isNotEqualTo(requested.withoutTarget());
    }

    /** equals and hashCode are written out for speed: a component left out would merge targets the rules tell apart. */
    @Test
    void everyComponentTakesPartInEquality() throws Exception {
        MoveFacts base = EligibilityFacts.move(employee, current, EmployeeFixtures.ANALIS_KEUANGAN, current,
                EmployeeFixtures.ANALIS_KEUANGAN, false, EmployeeFixtures.AS_OF);
        RecordComponent[] components = MoveFacts.class.getRecordComponents();
        Constructor<MoveFacts> canonical = MoveFacts.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(base);
            }
            values[changed] = anotherValue(components[changed].getType(), values[changed]);
            MoveFacts other = canonical.newInstance(values);
            assertThat(other).as(components[changed].getName()).isNotEqualTo(base);
            assertThat(other.hashCode()).as(components[changed].getName()).isNotEqualTo(base.hashCode());
        }
        MoveFacts copy = canonical.newInstance(Arrays.stream(components).map(c -> {
            try {
                return c.getAccessor().invoke(base);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toArray());
        assertThat(copy).isEqualTo(base).hasSameHashCodeAs(base);
    }

    private static Object anotherValue(Class<?> type, Object value) {
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (type == String.class) {
            return value + "-x";
        }
        if (type == CellKey.class) {
            return new CellKey("U-OTHER", "P-OTHER");
        }
        if (type == EducationLevel.class) {
            return value == EducationLevel.S3 ? EducationLevel.S1 : EducationLevel.S3;
        }
        if (type == Set.class) {
            Set<Object> more = new HashSet<>((Set<?>) value);
            more.add("another field");
            return more;
        }
        throw new IllegalStateException("MoveFacts has a component of a type this test does not change: " + type);
    }
}
