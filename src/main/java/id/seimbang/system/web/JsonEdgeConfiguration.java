package id.seimbang.system.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.seimbang.system.EdgeRounding;

/**
 * JSON responses round numbers to four decimals ({@link EdgeRounding}). Only the HTTP converter's copy of the
 * mapper rounds: the application's own {@code ObjectMapper} stores plans and decisions at full precision.
 */
@Configuration
class JsonEdgeConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                jackson.setObjectMapper(jackson.getObjectMapper().copy().registerModule(EdgeRounding.jacksonModule()));
            }
        }
    }
}
