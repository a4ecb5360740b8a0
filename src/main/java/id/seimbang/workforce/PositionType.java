package id.seimbang.workforce;

/** Jabatan types: JPT (senior leadership), administrator, pengawas (supervisor), pelaksana, fungsional. */
public enum PositionType { JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL }
