package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import com.sun.net.httpserver.HttpServer;

/**
 * The Chromium that the browser test classes of a JVM share ({@link BrowserTestSupport.Chromium}): each class gets
 * it without the cookies of the class before (so that it signs in to its own server), and a browser that no longer
 * answers is replaced rather than failing every later class. No Spring context: a JDK HTTP server serves the page.
 */
class SharedChromiumBrowserTest {

    HttpServer server;

    @BeforeEach
    void chromiumAndAPage() throws Exception {
        Assumptions.assumeFalse(BrowserTestSupport.condition(Boolean.getBoolean(BrowserTestSupport.SKIP_PROPERTY),
                Boolean.getBoolean(BrowserTestSupport.REQUIRED_PROPERTY), Files.isExecutable(BrowserTestSupport.CHROMIUM)
                        && Files.isExecutable(BrowserTestSupport.CHROMEDRIVER)).isDisabled(), "browser tests disabled");
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<html><body><p id='p'>Seimbang</p></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    String page() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    @Test
    void theNextClassGetsTheSameBrowserWithoutTheCookiesOfTheOneBefore() throws Exception {
        WebDriver first = BrowserTestSupport.Chromium.shared().cleanDriver();
        first.get(page());
        first.manage().addCookie(new Cookie("SESSION", "of-the-class-before"));
        assertThat(first.manage().getCookieNamed("SESSION")).isNotNull();

        WebDriver next = BrowserTestSupport.Chromium.shared().cleanDriver();
        assertThat(next).isSameAs(first);
        next.get(page());
        assertThat(next.manage().getCookies()).isEmpty();
        assertThat(next.getPageSource()).contains("Seimbang");
    }

    @Test
    void aBrowserThatNoLongerAnswersIsReplaced() throws Exception {
        BrowserTestSupport.Chromium gone = BrowserTestSupport.Chromium.shared();
        WebDriver old = gone.cleanDriver();
        gone.quit();

        WebDriver replaced = gone.cleanDriver();
        assertThat(replaced).isNotSameAs(old);
        assertThat(BrowserTestSupport.Chromium.shared()).isNotSameAs(gone);
        replaced.get(page());
        assertThat(replaced.getPageSource()).contains("Seimbang");
    }
}
