package id.seimbang.system.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the uPlot chart library of the {@code org.webjars.npm:uplot} jar as {@code /vendor/uplot/uPlot.iife.min.js}
 * and {@code /vendor/uplot/uPlot.min.css}: from our own server, no CDN, under {@code /vendor/} beside the other
 * third-party page code (one public static path to allow rather than one per library).
 */
@Configuration
class ChartLibraryConfiguration implements WebMvcConfigurer {

    static final String UPLOT = "uplot";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(UPLOT);
        if (version == null) {
            throw new IllegalStateException("The uplot webjar is missing from the classpath (see pom.xml)");
        }
        registry.addResourceHandler("/vendor/uplot/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/uplot/" + version + "/dist/");
    }
}
