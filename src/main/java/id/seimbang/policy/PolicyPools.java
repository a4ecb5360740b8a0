package id.seimbang.policy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import id.seimbang.system.TaskPools;

/** The policy module's threads: policy builds, which run apart from their caller to enforce a time limit. */
@Configuration(proxyBeanMethods = false)
class PolicyPools {

    static final String BUILDS = "policyBuilds";

    /**
     * A build that overran its limit is interrupted but may keep its thread a while; the pool stays bounded, and
     * a build waiting for a thread counts against its own limit.
     */
    @Bean(BUILDS)
    ThreadPoolTaskExecutor policyBuilds(PolicyProperties properties) {
        return TaskPools.bounded("policy-build", properties.compilerThreads(), 16, false);
    }
}
