package id.seimbang.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links used by the page layout, called from templates as {@code @pageLinks}. Thymeleaf 3.1 no longer
 * exposes the request to templates, so the current address is read here.
 */
@Component("pageLinks")
class PageLinks {

    /** The current page in another language: same path and parameters, with {@code lang} replaced. */
    public String withLang(String lang) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(WebPageConfiguration.LANG_PARAM, lang)
                .build()
                .toUriString();
    }

    /** Whether the current page is {@code path} or lies under it, to mark the navigation entry. */
    public boolean isCurrent(String path) {
        String uri = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest().getRequestURI();
        return "/".equals(path) ? "/".equals(uri) : uri.equals(path) || uri.startsWith(path + "/");
    }
}
