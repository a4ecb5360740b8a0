package id.seimbang.workforce;

import id.seimbang.system.FullPrecision;

/** A regency or city (kabupaten/kota): the region level that scopes moves and relocation. */
public record Kabupaten(String code, String name, @FullPrecision double latitude, @FullPrecision double longitude) {
}
