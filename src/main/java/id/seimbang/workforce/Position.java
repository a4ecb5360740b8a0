package id.seimbang.workforce;

import java.util.Set;

/**
 * A jabatan. {@code level} is the functional level (AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA,
 * TERAMPIL, MAHIR, PENYELIA) or, for structural and pelaksana positions, the type name.
 * {@code educationFields} empty means any field qualifies. {@code strategic} marks positions that
 * talent policy aims high performers at.
 */
public record Position(String code, String name, PositionType type, String level, String jobFamily,
        EducationLevel minEducationLevel, Set<String> educationFields, boolean strategic) {

    public Position {
        educationFields = Set.copyOf(educationFields);
    }
}
