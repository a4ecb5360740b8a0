package id.seimbang.workforce;

/** A province government, a regency (kabupaten) government or a city (kota) government. */
public enum InstansiLevel { PROVINSI, KABUPATEN, KOTA }
