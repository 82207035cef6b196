package io.emoticctv.portal;

import io.emoticctv.infra.servers.Chromium;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal of one browser test class and the browser on it, registered as a static
 * {@code @RegisterExtension} field: it skips the class when Chromium is not installed (before the
 * portal starts, for nothing), starts the portal on a fresh database before the class's
 * {@code @BeforeAll} (which seeds it, then opens the browser with {@link #openBrowser()}), and
 * closes the browser, then the portal, after the class's {@code @AfterAll}.
 */
final class BrowserPortal implements BeforeAllCallback, AfterAllCallback {
  private final String database;
  private PortalFixture portal;
  private BrowserSession session;

  BrowserPortal(String database) {
    this.database = database;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Chromium.assumeInstalled();
    portal = PortalFixture.start(database);
  }

  PortalFixture portal() {
    return portal;
  }

  BrowserSession openBrowser() throws Exception {
    session = BrowserSession.start(portal);
    return session;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (session != null) {
      session.close();
    }
    if (portal != null) {
      portal.close();
    }
  }
}
