package id.seimbang.plan;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.workforce.Scope;

/** Options of a transfer round. */
@Schema(description = "Permintaan rencana mutasi / Transfer plan request")
public record PlanRequest(
        @Schema(description = "INSTANSI, KABUPATEN atau PROVINCE", example = "PROVINCE")
        @NotNull(message = "wajib diisi / required") Scope scope,
        @Schema(description = "Kode instansi (untuk INSTANSI) atau kode kabupaten/kota (untuk KABUPATEN); kosong untuk PROVINCE / "
                + "instansi code for INSTANSI, kabupaten code for KABUPATEN, empty for PROVINCE")
        String scopeCode,
        @Schema(description = "Tanggal acuan (default hari ini, WIB): beban kerja yang berlaku dan tanggal aturan; jumlah "
                + "pegawai sel tetap data hari ini / as-of date (default today, Asia/Jakarta): the workload in force and "
                + "the rules' date; the cells' staff is always today's data")
        LocalDate asOf,
        @Schema(description = "Biaya tetap per perpindahan, dalam satuan keseimbangan / fixed cost of each move, in balance units",
                example = "1")
        @DecimalMin(value = "0", message = "tidak boleh negatif / must not be negative")
        @DecimalMax(value = "1000", message = "maksimal 1000 / at most 1000") Double moveCost,
        @Schema(description = "Bagian maksimum pegawai satu sel formasi yang boleh keluar (0–1) / maximum share of a "
                + "formation cell's staff that may leave (0–1)", example = "0.1")
        @DecimalMin(value = "0", message = "minimal 0 / at least 0")
        @DecimalMax(value = "1", message = "maksimal 1 / at most 1") Double maxOutflowShare,
        @Schema(description = "Jumlah perpindahan maksimum / maximum number of moves", example = "200")
        @Min(value = 1, message = "minimal 1 / at least 1") @Max(value = 1_000_000, message = "terlalu besar / too large")
        Integer maxMoves,
        @Schema(description = "Bila diisi: rencana penugasan sementara untuk periode ini (asOf harus kosong) / when "
                + "given: a plan of temporary assignments for this period (asOf must be empty)")
        TemporaryPlanOptions temporary) {

    public static final double DEFAULT_MOVE_COST = 1.0;

    /** A transfer plan (no temporary assignments). */
    public PlanRequest(Scope scope, String scopeCode, LocalDate asOf, Double moveCost, Double maxOutflowShare,
            Integer maxMoves) {
        this(scope, scopeCode, asOf, moveCost, maxOutflowShare, maxMoves, null);
    }

    public double moveCostOrDefault() {
        return moveCost != null ? moveCost : DEFAULT_MOVE_COST;
    }
}
