package id.seimbang.system.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Indonesian unless the reader picks English with {@code ?lang=en}; the choice is kept in a
 * cookie so that every later page follows it. Texts come from {@code messages.properties} (Indonesian)
 * and {@code messages_en.properties}.
 */
@Configuration
class WebPageConfiguration implements WebMvcConfigurer {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);
    static final String LANG_PARAM = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("seimbang-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                // Only the two languages we have bundles for; anything else keeps the current choice.
                String lang = request.getParameter(LANG_PARAM);
                return lang == null || SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))
                        || super.preHandle(request, response, handler);
            }
        };
        change.setParamName(LANG_PARAM);
        registry.addInterceptor(change);
    }
}
