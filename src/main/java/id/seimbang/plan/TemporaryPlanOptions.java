package id.seimbang.plan;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.placement.TemporaryWork;

/**
 * Makes a plan a plan of temporary assignments (penugasan sementara, issue 20 point 2) for one period and kind of
 * work: the employees keep their home positions and return after {@code until}.
 */
@Schema(description = "Rencana penugasan sementara untuk satu periode / a plan of temporary assignments for one period")
public record TemporaryPlanOptions(
        @Schema(description = "Jenis pekerjaan / kind of work", example = "VAKSINASI") TemporaryWork work,
        @Schema(description = "Hari pertama periode; fakta diambil per tanggal ini / first day; facts as of this day",
                example = "2027-01-04") LocalDate from,
        @Schema(description = "Hari terakhir periode / last day of the period", example = "2027-02-26") LocalDate until) {
}
