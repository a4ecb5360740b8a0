package id.seimbang.workforce;

/** Hukuman disiplin: ringan (light), sedang (moderate), berat (severe). */
public enum SanctionLevel { RINGAN, SEDANG, BERAT }
