package id.seimbang.placement;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.seimbang.policy.ActivePolicy;

@Configuration
class PlacementConfiguration {

    /** The placement part of whatever snapshot is active at the moment of the request. */
    @Bean
    PlacementPolicySource placementPolicySource(ActivePolicy active, PlacementEvaluators evaluators) {
        return () -> Optional.of(active.current()).map(s -> new PlacementPolicy(s.version(), evaluators.of(s)));
    }
}
