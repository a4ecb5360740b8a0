package id.seimbang.system.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Code values on pages in the reader's language: {@code @labels.of('relocation', m.relocationSupport)} reads
 * {@code enum.relocation.NONE} from the message bundles. A value a policy file introduces without a label is shown
 * as it is rather than as a broken key.
 */
@Component("labels")
class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String group, Object value) {
        if (value == null) {
            return "–";
        }
        String code = value instanceof Enum<?> e ? e.name() : value.toString();
        return messages.getMessage("enum." + group + "." + code, null, code, LocaleContextHolder.getLocale());
    }
}
