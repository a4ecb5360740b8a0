package id.seimbang.workforce;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the sample province ({@code seimbang.sample-data.path}, default tests-data/bengkulu) when the
 * database has no units and no employees, so that a fresh {@code mvn spring-boot:run} is a working service.
 * Skipped when the command line asks for another import ({@code --seimbang.import=DIR}). The import appends its
 * IMPORT audit record (caller {@code sample-province}) in its transaction, like an API import.
 */
@Component
@Order(0)
class SampleProvinceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleProvinceLoader.class);

    private final WorkforceService service;
    private final WorkforceImporter importer;
    private final Path path;
    private final boolean loadOnEmpty;
    private final String commandLineImport;

    SampleProvinceLoader(WorkforceService service, WorkforceImporter importer,
            @Value("${seimbang.sample-data.path:tests-data/bengkulu}") Path path,
            @Value("${seimbang.sample-data.load-on-empty:true}") boolean loadOnEmpty,
            @Value("${seimbang.import:}") String commandLineImport) {
        this.service = service;
        this.importer = importer;
        this.path = path;
        this.loadOnEmpty = loadOnEmpty;
        this.commandLineImport = commandLineImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!loadOnEmpty || !commandLineImport.isBlank() || !service.isEmpty()) {
            return;
        }
        if (!Files.isDirectory(path)) {
            log.warn("Database is empty and the sample province is not loaded, starting empty: {} does not exist (setting "
                    + "seimbang.sample-data.path, relative to the working directory {}); set it to the province folder, "
                    + "or seimbang.sample-data.load-on-empty=false", path.toAbsolutePath().normalize(),
                    Path.of("").toAbsolutePath());
            return;
        }
        ImportReport report = importer.importBundle(CsvBundle.fromDirectory(path), WorkforceImporter.SAMPLE_PROVINCE);
        log.info("Loaded the sample province from {}:\n{}", path, report.describe());
    }
}
