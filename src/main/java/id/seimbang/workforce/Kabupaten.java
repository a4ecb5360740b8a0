package id.seimbang.workforce;

/** A regency or city (kabupaten/kota): the region level that scopes moves and relocation. */
public record Kabupaten(String code, String name, double latitude, double longitude) {
}
