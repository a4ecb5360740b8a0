package id.seimbang.system.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.seimbang.system.Bilingual;

/**
 * Picks the reader's language from a {@link Bilingual} text computed by the service (rule messages, table
 * annotations, explanations), called from templates as {@code @bilingual.pick(text)}; {@code other(text)}
 * gives the second language for showing both side by side.
 */
@Component("bilingual")
class BilingualText {

    public String pick(Bilingual text) {
        return text == null ? null : english() ? text.en() : text.id();
    }

    public String other(Bilingual text) {
        return text == null ? null : english() ? text.id() : text.en();
    }

    /** The language code of {@link #other}, for its {@code lang} attribute. */
    public String otherLanguage() {
        return english() ? "id" : "en";
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
