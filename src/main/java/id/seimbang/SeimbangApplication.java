package id.seimbang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SeimbangApplication {

    public static void main(String[] args) {
        SpringApplication.run(SeimbangApplication.class, args);
    }
}
