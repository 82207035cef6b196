package io.emoticctv.portal.api;

import io.emoticctv.portal.web.Page;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API's documentation: Swagger UI from its webjar (no CDN) over the OpenAPI file that
 * micronaut-openapi writes at compile time ({@value #SPEC}).
 */
@Controller("/api/docs")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Hidden
final class ApiDocsController {
  static final String SPEC = "/swagger/emoticctv-portal-api-1.yml";
  private static final String POM_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

  private final String swaggerUi = "/webjars/swagger-ui/" + webjarVersion();

  @Get
  ModelAndView<Map<String, Object>> page() {
    return Page.of("api-docs", "api", Map.of("swaggerUi", swaggerUi, "spec", SPEC));
  }

  private static String webjarVersion() {
    try (InputStream in = ApiDocsController.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        throw new ConfigurationException("the Swagger UI webjar is not on the classpath");
      }
      Properties pom = new Properties();
      pom.load(in);
      return pom.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
