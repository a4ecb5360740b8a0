package id.seimbang.system;

import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Spring MVC's executor for streamed responses (plan exports). Spring Boot makes its own only when the context
 * has no executor at all, and the modules declare theirs; made here like every other pool ({@link TaskPools}).
 */
@Configuration(proxyBeanMethods = false)
class SystemPools {

    /** A full queue makes the request thread write the response itself. */
    @Bean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)
    ThreadPoolTaskExecutor applicationTaskExecutor() {
        return TaskPools.bounded("mvc-async", 4, 32, true);
    }
}
