package id.seimbang.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Impor data pegawai / Workforce import")
class ImportController {

    /** Imports that may run at once: each holds its parsed rows in memory and its unzipped files on disk. */
    static final int MAX_CONCURRENT_IMPORTS = 2;

    final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(MAX_CONCURRENT_IMPORTS);
    private final WorkforceImporter importer;

    ImportController(WorkforceImporter importer) {
        this.importer = importer;
    }

    @PostMapping
    @Operation(summary = "Import a CSV bundle, all or nothing",
            description = "Multipart parts named by kind (kabupaten, instansi, units, positions, formation, employees,"
                    + " skp, sanctions, requests, abk_periods, surges), each one CSV file; or one part `bundle` holding a zip of those"
                    + " files. Upserts by natural key and reports inserted/updated/unchanged per kind. One bad row"
                    + " and nothing is written: 422 problem+json lists every bad row as file:line:column. surges.csv"
                    + " may have a column action: record (the default, also when empty or absent) or withdraw, which"
                    + " withdraws the recorded surge with the row's key (unit_code, position_code or job_family, from;"
                    + " the other columns empty or equal to the recorded values); the report counts them as"
                    + " surges.withdrawn. The import's audit record (kind IMPORT) is written in the same transaction.")
    @ApiResponse(responseCode = "200", description = "Imported")
    @ApiResponse(responseCode = "422", description = "Rejected; every bad row listed")
    ImportReport importBundle(HttpServletRequest request, Principal caller) throws IOException {
        if (!running.tryAcquire()) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, Bilingual.of("Impor lain sedang berjalan",
                    "Other imports are running"), List.of(FieldProblem.of("bundle", Bilingual.of(
                            "Paling banyak " + MAX_CONCURRENT_IMPORTS + " impor berjalan bersamaan; coba lagi sebentar lagi",
                            "At most " + MAX_CONCURRENT_IMPORTS + " imports run at once; try again shortly"))));
        }
        try {
            // Who changed the facts that later decisions rest on: an IMPORT record under the caller's name, written in
            // the import's transaction.
            return read(request, caller.getName());
        } finally {
            running.release();
        }
    }

    private ImportReport read(HttpServletRequest request, String caller) throws IOException {
        // Filters (e.g. the resource URL encoder of the pages) wrap the request, so look for the multipart one inside.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null || multipart.getMultiFileMap().isEmpty()) {
            throw DomainException.badRequest("bundle", Bilingual.of(
                    "Kirim multipart/form-data dengan bagian bundle (zip) atau satu berkas CSV per jenis",
                    "Send multipart/form-data with a part bundle (zip) or one CSV file per kind"));
        }
        MultiValueMap<String, MultipartFile> parts = multipart.getMultiFileMap();
        List<String> unknown = parts.keySet().stream()
                .filter(name -> !name.equals("bundle") && CsvKind.byKey(name).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, Bilingual.of("Permintaan tidak valid", "Invalid request"),
                    unknown.stream().map(name -> FieldProblem.of(name, Bilingual.of(
                            "Bagian tidak dikenal; gunakan bundle atau kabupaten, instansi, units, positions,"
                                    + " formation, employees, skp, sanctions, requests, abk_periods, surges",
                            "Unknown part; use bundle or kabupaten, instansi, units, positions, formation,"
                                    + " employees, skp, sanctions, requests, abk_periods, surges"))).toList());
        }
        MultipartFile zip = parts.getFirst("bundle");
        if (zip != null) {
            if (parts.size() > 1) {
                throw DomainException.badRequest("bundle", Bilingual.of("Kirim bundle zip atau berkas per jenis, bukan keduanya",
                        "Send either a zip bundle or files per kind, not both"));
            }
            try (InputStream in = zip.getInputStream(); CsvBundle bundle = CsvBundle.fromZip(in)) {
                return importer.importBundle(bundle, caller);
            }
        }
        // The container keeps each part in a temporary file (spring.servlet.multipart.file-size-threshold): read from it.
        Map<CsvKind, CsvBundle.Source> files = new EnumMap<>(CsvKind.class);
        for (Map.Entry<String, List<MultipartFile>> part : parts.entrySet()) {
            files.put(CsvKind.byKey(part.getKey()).orElseThrow(), part.getValue().get(0)::getInputStream);
        }
        return importer.importBundle(CsvBundle.of(files), caller);
    }
}
