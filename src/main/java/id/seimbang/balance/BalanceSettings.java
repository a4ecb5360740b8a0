package id.seimbang.balance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code seimbang.balance.grade-bands.a|b|c|d}: EJ grade lower bounds for display, default
 * 1.00/0.90/0.70/0.50. E (effective hours) is a policy parameter, not a setting: see {@link WorkloadModels}.
 */
@Component
@ConfigurationProperties(prefix = "seimbang.balance")
class BalanceSettings {

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

    public Bands getGradeBands() {
        return gradeBands;
    }

    public WorkloadModel model(double effectiveHours) {
        return new WorkloadModel(effectiveHours, new EjGradeBands(gradeBands.a, gradeBands.b, gradeBands.c,
                gradeBands.d));
    }
}
