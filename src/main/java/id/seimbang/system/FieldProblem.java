package id.seimbang.system;

/** One rejected input: which field (or file:line:column) and why, in Indonesian and English. */
public record FieldProblem(String field, String reason, String reasonEn) {

    public static FieldProblem of(String field, Bilingual reason) {
        return new FieldProblem(field, reason.id(), reason.en());
    }
}
