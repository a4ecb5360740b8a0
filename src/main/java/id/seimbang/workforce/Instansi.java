package id.seimbang.workforce;

/** A government agency; its PPK signs transfers. {@code kabupatenCode} is where it sits. */
public record Instansi(String code, String name, InstansiLevel level, String kabupatenCode) {
}
