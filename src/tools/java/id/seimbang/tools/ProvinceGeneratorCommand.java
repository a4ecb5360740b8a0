package id.seimbang.tools;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.seimbang.tools.ProvinceGeneratorCommand
 * -Dexec.args="--employees 20000 --units 800 --seed 42 --out target/province-20k"}. Options not given
 * take the values of the committed sample province (tests-data/bengkulu).
 */
public final class ProvinceGeneratorCommand {

    private ProvinceGeneratorCommand() {
    }

    public static void main(String[] args) throws Exception {
        ProvinceGenerator.Options defaults = ProvinceGenerator.Options.bengkulu();
        int employees = defaults.employees();
        int units = defaults.units();
        long seed = defaults.seed();
        LocalDate asOf = defaults.asOf();
        Path out = Path.of("target/province");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--employees" -> employees = Integer.parseInt(required(args[i], value));
                case "--units" -> units = Integer.parseInt(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--as-of" -> asOf = LocalDate.parse(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (use --employees N --units N --seed N --as-of yyyy-mm-dd --out DIR)");
            }
            i++;
        }
        long started = System.nanoTime();
        new ProvinceGenerator(new ProvinceGenerator.Options(employees, units, seed, asOf)).writeTo(out);
        System.out.printf("Wrote %d employees in %d units to %s in %d ms%n", employees, units, out.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
