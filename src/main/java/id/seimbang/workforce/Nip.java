package id.seimbang.workforce;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.seimbang.system.Bilingual;

/**
 * The parts of an 18-digit NIP: {@code yyyymmdd} birth date, {@code yyyymm} TMT CPNS, a sex digit
 * (1 male, 2 female) and a 3-digit serial. {@link #problems} checks the structure without throwing so
 * that an import can list every bad row.
 */
public record Nip(String value, LocalDate birthDate, YearMonth cpnsMonth, Sex sex, int serial) {

    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("\\d{18}");

    /** Every structural problem of {@code value}; empty when it is a well-formed NIP. */
    public static List<Bilingual> problems(String value) {
        List<Bilingual> problems = new ArrayList<>();
        if (value == null || !EIGHTEEN_DIGITS.matcher(value).matches()) {
            problems.add(Bilingual.of("NIP harus terdiri dari 18 angka",
                    "NIP must consist of 18 digits"));
            return problems;
        }
        LocalDate birth = birthDate(value);
        if (birth == null) {
            problems.add(Bilingual.of("Tanggal lahir dalam NIP (" + value.substring(0, 8) + ") bukan tanggal yang sah",
                    "Birth date inside the NIP (" + value.substring(0, 8) + ") is not a valid date"));
        } else if (birth.getYear() < 1900) {
            problems.add(Bilingual.of("Tahun lahir dalam NIP tidak wajar", "Birth year inside the NIP is implausible"));
        }
        YearMonth cpns = cpnsMonth(value);
        if (cpns == null) {
            problems.add(Bilingual.of("TMT CPNS dalam NIP (" + value.substring(8, 14) + ") bukan bulan yang sah",
                    "TMT CPNS inside the NIP (" + value.substring(8, 14) + ") is not a valid month"));
        } else if (birth != null && !cpns.isAfter(YearMonth.from(birth))) {
            problems.add(Bilingual.of("TMT CPNS dalam NIP tidak sesudah tanggal lahir",
                    "TMT CPNS inside the NIP is not after the birth date"));
        }
        char sex = value.charAt(14);
        if (sex != '1' && sex != '2') {
            problems.add(Bilingual.of("Digit jenis kelamin dalam NIP harus 1 atau 2, bukan " + sex,
                    "Sex digit inside the NIP must be 1 or 2, not " + sex));
        }
        if (value.endsWith("000")) {
            problems.add(Bilingual.of("Nomor urut dalam NIP tidak boleh 000", "Serial inside the NIP must not be 000"));
        }
        return problems;
    }

    /** Parses a NIP that has no {@link #problems}. */
    public static Nip parse(String value) {
        List<Bilingual> problems = problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).en());
        }
        return new Nip(value, birthDate(value), cpnsMonth(value), value.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE,
                Integer.parseInt(value.substring(15)));
    }

    public static String of(LocalDate birthDate, YearMonth cpnsMonth, Sex sex, int serial) {
        return String.format("%04d%02d%02d%04d%02d%d%03d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), cpnsMonth.getYear(), cpnsMonth.getMonthValue(), sex.nipDigit(), serial);
    }

    private static LocalDate birthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static YearMonth cpnsMonth(String value) {
        int year = Integer.parseInt(value.substring(8, 12));
        int month = Integer.parseInt(value.substring(12, 14));
        return year >= 1900 && month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
    }
}
