package id.seimbang.system.web;

/**
 * In-memory databases with the sample province for the page tests: the MockMvc page tests share one application
 * context ({@link #URL}), the browser tests another ({@link #BROWSER_URL}). Each context needs its own database,
 * because the audit trail of a context keeps the chain head in memory and a second writer would fork it.
 */
public final class PageTestDatabase {

    public static final String URL = "spring.datasource.url=jdbc:h2:mem:pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    public static final String BROWSER_URL = "spring.datasource.url=jdbc:h2:mem:pages-browser;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private PageTestDatabase() {
    }
}
