package id.seimbang.system.web;

/**
 * One in-memory database with the sample province for the page tests, so that MockMvc page tests share one
 * application context (same properties, same cached context).
 */
public final class PageTestDatabase {

    public static final String URL = "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private PageTestDatabase() {
    }
}
