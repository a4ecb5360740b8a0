package id.seimbang.workforce;

/** Published after an import committed and the new snapshot is in place; modules that cache facts react. */
record WorkforceChanged(Workforce workforce, ImportReport report) {
}
