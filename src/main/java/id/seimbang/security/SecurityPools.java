package id.seimbang.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import id.seimbang.system.TaskPools;

@Configuration(proxyBeanMethods = false)
class SecurityPools {

    static final String LAST_USE = "clientLastUseWriter";

    /** Writes API clients' last use; a full queue drops the write, which the next call of that client retries. */
    @Bean(LAST_USE)
    ThreadPoolTaskExecutor clientLastUseWriter() {
        return TaskPools.bounded("client-last-use", 1, 64, false);
    }
}
