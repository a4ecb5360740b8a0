package id.seimbang.plan.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The end/extend form of one temporary assignment as the browser sends it. */
record AssignmentChangeForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String reason) {
}
