package id.seimbang.system.web;

import org.springframework.stereotype.Component;

import id.seimbang.system.CodeLabels;

/**
 * Code values on pages in the reader's language: {@code @labels.of('relocation', m.relocationSupport)} reads
 * {@code enum.relocation.NONE} from the message bundles ({@link CodeLabels}).
 */
@Component("labels")
class EnumLabels {

    private final CodeLabels labels;
    private final BilingualText bilingual;

    EnumLabels(CodeLabels labels, BilingualText bilingual) {
        this.labels = labels;
        this.bilingual = bilingual;
    }

    public String of(String group, Object value) {
        return bilingual.pick(labels.of(group, value));
    }
}
