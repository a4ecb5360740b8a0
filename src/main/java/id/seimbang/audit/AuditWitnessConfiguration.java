package id.seimbang.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import id.seimbang.system.TaskPools;

/**
 * The witness file ({@code seimbang.audit.witness.*}) and its timer. The file is created at start-up, so a path
 * that cannot be written stops the start; the head is written on the timer and, last, when the context closes
 * (after the web server's graceful stop, so every decision answered is in it).
 */
@Configuration(proxyBeanMethods = false)
class AuditWitnessConfiguration {

    @Bean(destroyMethod = "flush")
    AuditWitness auditWitness(WitnessProperties properties, Clock clock) {
        AuditWitness witness = AuditWitness.of(properties, clock);
        witness.open();
        return witness;
    }

    /** Writes the newest head, if it is not written yet, every interval. Closed before the witness's last flush. */
    @Bean
    ThreadPoolTaskScheduler auditWitnessTimer(AuditWitness witness) {
        ThreadPoolTaskScheduler timer = TaskPools.scheduler("audit-witness");
        timer.initialize();
        timer.scheduleWithFixedDelay(witness::flush, witness.interval());
        return timer;
    }
}
