package id.seimbang.workforce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/**
 * The command-line import: {@code mvn spring-boot:run -Dspring-boot.run.arguments=--seimbang.import=DIR}
 * (a directory of CSV files or a .zip) imports, prints the report or every bad row, and exits with
 * status 0 (imported) or 1 (rejected). Like an API import, it appends its IMPORT audit record (caller
 * {@code command-line}) in the import's transaction.
 */
@Component
@Order(1)
class ImportCommand implements ApplicationRunner {

    private final WorkforceImporter importer;
    private final ConfigurableApplicationContext context;
    private final String source;

    ImportCommand(WorkforceImporter importer, ConfigurableApplicationContext context,
            @Value("${seimbang.import:}") String source) {
        this.importer = importer;
        this.context = context;
        this.source = source;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (source.isBlank()) {
            return;
        }
        int code = importFrom(Path.of(source));
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Imports the directory or .zip, prints the report or every bad row; the exit status, 0 or 1. */
    int importFrom(Path path) throws IOException {
        int exitCode;
        try {
            ImportReport report;
            if (Files.isDirectory(path)) {
                report = importer.importBundle(CsvBundle.fromDirectory(path), WorkforceImporter.COMMAND_LINE);
            } else {
                try (var in = Files.newInputStream(path); CsvBundle bundle = CsvBundle.fromZip(in)) {
                    report = importer.importBundle(bundle, WorkforceImporter.COMMAND_LINE);
                }
            }
            System.out.println("Impor berhasil / Import succeeded: " + path);
            System.out.println(report.describe());
            exitCode = 0;
        } catch (DomainException e) {
            System.out.println(e.title().joined());
            for (FieldProblem p : e.problems()) {
                System.out.println(p.field() + "  " + p.reason() + " / " + p.reasonEn());
            }
            exitCode = 1;
        }
        return exitCode;
    }
}
