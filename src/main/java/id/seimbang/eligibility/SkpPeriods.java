package id.seimbang.eligibility;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which SKP appraisal years count on a date. An appraisal period is a calendar year (PP 30/2019 tentang
 * Penilaian Kinerja PNS; PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN: the annual evaluation
 * and its predicate are set after the period ends). The policy parameter {@code skp.year-counts-from} says
 * from which day of the following year a year's predicate is taken as set and recorded; before that day
 * the year is not yet complete, so early in January the last two complete years are the two before the
 * one that just ended.
 */
final class SkpPeriods {

    private SkpPeriods() {
    }

    /** The last completed appraisal year on {@code asOf}. */
    public static int lastCompleted(LocalDate asOf, MonthDay countsFrom) {
        int justEnded = asOf.getYear() - 1;
        return asOf.isBefore(completeFrom(justEnded, countsFrom)) ? justEnded - 1 : justEnded;
    }

    /** The last {@code n} completed appraisal years on {@code asOf}, oldest first. */
    public static List<Integer> lastCompleted(LocalDate asOf, MonthDay countsFrom, int n) {
        int last = lastCompleted(asOf, countsFrom);
        return IntStream.rangeClosed(last - n + 1, last).boxed().toList();
    }

    /** The first day on which {@code year} counts as a completed appraisal year. */
    public static LocalDate completeFrom(int year, MonthDay countsFrom) {
        return countsFrom.atYear(year + 1);
    }
}
