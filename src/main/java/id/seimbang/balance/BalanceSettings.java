package id.seimbang.balance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code seimbang.balance.effective-hours} (E, default 1250 hours per person-year) and
 * {@code seimbang.balance.grade-bands.a|b|c|d} (EJ grade lower bounds, default 1.00/0.90/0.70/0.50).
 */
@Component
@ConfigurationProperties(prefix = "seimbang.balance")
public class BalanceSettings {

    private double effectiveHours = 1250;
    private final Bands gradeBands = new Bands();

    public static class Bands {
        private double a = EjGradeBands.DEFAULT.a();
        private double b = EjGradeBands.DEFAULT.b();
        private double c = EjGradeBands.DEFAULT.c();
        private double d = EjGradeBands.DEFAULT.d();

        public double getA() { return a; }
        public void setA(double a) { this.a = a; }
        public double getB() { return b; }
        public void setB(double b) { this.b = b; }
        public double getC() { return c; }
        public void setC(double c) { this.c = c; }
        public double getD() { return d; }
        public void setD(double d) { this.d = d; }
    }

    public double getEffectiveHours() {
        return effectiveHours;
    }

    public void setEffectiveHours(double effectiveHours) {
        this.effectiveHours = effectiveHours;
    }

    public Bands getGradeBands() {
        return gradeBands;
    }

    public WorkloadModel model() {
        return new WorkloadModel(effectiveHours, new EjGradeBands(gradeBands.a, gradeBands.b, gradeBands.c,
                gradeBands.d));
    }
}
