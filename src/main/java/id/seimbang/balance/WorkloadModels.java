package id.seimbang.balance;

import org.springframework.stereotype.Component;

import id.seimbang.policy.ActivePolicy;

/** The workload model in force: E from the active policy's parameters, grade bands from the settings. */
@Component
public class WorkloadModels {

    private final BalanceSettings settings;
    private final ActivePolicy policy;

    WorkloadModels(BalanceSettings settings, ActivePolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    public WorkloadModel current() {
        return settings.model(policy.current().parameters().effectiveHoursPerYear());
    }
}
