package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The service started on an empty database loads the sample province and answers the read API. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:workforce-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class WorkforceApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkforceService service;

    @Test
    void theSampleProvinceIsLoadedOnAnEmptyDatabase() {
        Workforce w = service.current();

        assertThat(w.employees()).hasSize(2500);
        assertThat(w.instansi()).hasSize(11);
        assertThat(w.units()).anySatisfy(u -> assertThat(u.island()).isEqualTo("ENGGANO"));
    }

    @Test
    void balanceShowsAPositiveImbalanceWithWorstCells() throws Exception {
        mvc.perform(get("/api/v1/balance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imbalance", greaterThan(0.0)))
                .andExpect(jsonPath("$.cells", greaterThan(100)))
                .andExpect(jsonPath("$.worstSurplus", hasSize(10)))
                .andExpect(jsonPath("$.worstDeficit", hasSize(10)))
                .andExpect(jsonPath("$.worstSurplus[0].gap", greaterThan(0.0)));
        mvc.perform(get("/api/v1/balance").param("kabupaten", "1771"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imbalance", greaterThan(0.0)));
    }

    @Test
    void unitsCanBeFilteredAndCarryTheirCells() throws Exception {
        mvc.perform(get("/api/v1/units").param("sector", "POPULATION"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[0].sector").value("POPULATION"))
                .andExpect(jsonPath("$[0].cells[0].grade").exists());
        mvc.perform(get("/api/v1/units").param("kabupaten", "9999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("kabupaten"));
        mvc.perform(get("/api/v1/units/1703-PKM-ENGGANO"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.island").value("ENGGANO"));
    }

    @Test
    void anUnknownUnitIsAProblemJson404() throws Exception {
        mvc.perform(get("/api/v1/units/NO-SUCH-UNIT"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void anEmployeeIsShownAndAMalformedNipNamesTheField() throws Exception {
        String nip = service.current().employees().iterator().next().nip();
        mvc.perform(get("/api/v1/employees/" + nip))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nip").value(nip))
                .andExpect(jsonPath("$.skp").isArray());
        mvc.perform(get("/api/v1/employees/12345"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        mvc.perform(get("/api/v1/employees/199001012015011999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aZipBundleWithABadRowIsRejectedWith422() throws Exception {
        String units = "code,name,instansi_code,kabupaten_code,sector,latitude,longitude,island,active\n"
                + "X-1,Unit X,PROV-17,9999,HEALTH,-3.8,102.3,SUMATERA,true\n";
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("province/units.csv"));
            out.write(units.getBytes(StandardCharsets.UTF_8));
        }

        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("bundle", "p.zip", "application/zip",
                        zip.toByteArray())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("units.csv:2:kabupaten_code"));
    }

    @Autowired
    ImportController imports;

    /** Issue 15, low: each import may hold its bundle in memory, so at most two run at once; a third gets 503. */
    @Test
    void aThirdImportWhileTwoRunIsRefusedWith503() throws Exception {
        imports.running.acquire(ImportController.MAX_CONCURRENT_IMPORTS);
        try {
            mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("kabupaten", "kabupaten.csv",
                            "text/csv", new byte[] {1})).with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].reasonEn").value("At most 2 imports run at once; try again shortly"));
        } finally {
            imports.running.release(ImportController.MAX_CONCURRENT_IMPORTS);
        }
    }

    @Test
    void anImportWithoutFilesIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/imports").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bundle"));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("pegawai", "x.csv", "text/csv",
                        new byte[] {1})).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pegawai"));
    }

    @Test
    void reimportingAFilePartIsReportedUnchanged() throws Exception {
        byte[] kabupaten = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("tests-data/bengkulu/kabupaten.csv"));

        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("kabupaten", "kabupaten.csv", "text/csv",
                        kabupaten)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.kabupaten.unchanged").value(10))
                .andExpect(jsonPath("$.counts.kabupaten.inserted").value(0));
    }
}
