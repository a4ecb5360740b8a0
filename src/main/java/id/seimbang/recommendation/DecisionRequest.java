package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.temporary.TemporaryTerms;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * A request for a decision: an employee by NIP, or inline facts for systems that hold their own data
 * (with optional unit, cell and position facts that add to or replace ours).
 */
@Schema(description = "Permintaan keputusan mutasi / Transfer decision request")
record DecisionRequest(
        @Schema(description = "NIP pegawai (18 digit) / employee NIP", example = "198503122010011003")
        @Pattern(regexp = "\\d{18}", message = "NIP harus 18 digit / NIP must have 18 digits")
        String nip,
        @Schema(description = "Fakta pegawai inline, bila NIP tidak dipakai / inline employee facts instead of a NIP")
        @Valid Employee employee,
        @Schema(description = "Permohonan pindah pegawai inline / inline transfer requests")
        List<TransferRequest> requests,
        @Schema(description = "Fakta unit dan sel formasi tambahan / extra unit and formation-cell facts")
        List<@Valid @NotNull UnitFacts> units,
        @Schema(description = "Fakta jabatan tambahan / extra position facts")
        List<@NotNull Position> positions,
        @Schema(description = "Tanggal acuan (default hari ini, WIB): beban kerja yang berlaku dan tanggal aturan; jumlah "
                + "pegawai sel tetap data hari ini / as-of date (default today, Asia/Jakarta): the workload in force and "
                + "the rules' date; the cells' staff is always today's data")
        LocalDate asOf,
        @Schema(description = "Cakupan: INSTANSI (default), KABUPATEN, PROVINCE")
        Scope scope,
        @Schema(description = "Jumlah usulan maksimum / maximum number of moves", example = "10")
        @Min(value = 1, message = "minimal 1 / at least 1") @Max(value = 200, message = "maksimal 200 / at most 200")
        Integer limit,
        @Schema(description = "Opsional: usulkan juga penugasan sementara pegawai untuk periode ini (jenis pekerjaan, "
                + "from, until; paling lama 366 hari) / optional: also propose temporary assignments of the employee "
                + "for this period (kind of work, from, until; at most 366 days)")
        TemporaryTerms temporary) {

    /** Without a temporary part. */
    DecisionRequest(String nip, Employee employee, List<TransferRequest> requests, List<UnitFacts> units,
            List<Position> positions, LocalDate asOf, Scope scope, Integer limit) {
        this(nip, employee, requests, units, positions, asOf, scope, limit, null);
    }

    /** A unit with the formation cells a caller wants considered (W = ABK hours/year, B = staff). */
    public record UnitFacts(@Valid @NotNull Unit unit, List<@NotNull CellFacts> cells) {
    }
}
