package io.emoticctv.portal.web;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the page finds Chart.js: in its webjar, served under {@code /webjars/**}. The path holds
 * the webjar's version, read from the jar itself so the pom is the one place that names it.
 */
@Singleton
public final class ChartJsAsset {
  private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  private final String url;

  public ChartJsAsset() {
    this.url = "/webjars/chart.js/" + webjarVersion() + "/dist/chart.umd.min.js";
  }

  public String url() {
    return url;
  }

  private static String webjarVersion() {
    try (InputStream in = ChartJsAsset.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new ConfigurationException("the Chart.js webjar is not on the classpath");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
