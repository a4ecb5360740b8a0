package id.seimbang.balance;

/**
 * Lower bounds of the EJ grades (architecture §2): A when EJ &gt; {@code a}, B when EJ ≥ {@code b}, C when
 * EJ ≥ {@code c}, D when EJ ≥ {@code d}, otherwise E. Guidelines differ, so the bands are configurable.
 */
public record EjGradeBands(double a, double b, double c, double d) {

    public static final EjGradeBands DEFAULT = new EjGradeBands(1.00, 0.90, 0.70, 0.50);

    public EjGradeBands {
        if (!(a >= b && b >= c && c >= d && d >= 0)) {
            throw new IllegalArgumentException("EJ grade bands must satisfy a >= b >= c >= d >= 0");
        }
    }

    public EjGrade grade(double ej) {
        if (ej > a) {
            return EjGrade.A;
        }
        if (ej >= b) {
            return EjGrade.B;
        }
        if (ej >= c) {
            return EjGrade.C;
        }
        return ej >= d ? EjGrade.D : EjGrade.E;
    }
}
