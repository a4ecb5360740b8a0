package id.seimbang.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** One clock for the whole service, so tests can pin "today". */
    @Bean
    Clock clock() {
        return Clock.system(Clocks.JAKARTA);
    }
}
