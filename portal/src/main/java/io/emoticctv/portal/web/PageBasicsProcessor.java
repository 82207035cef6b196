package io.emoticctv.portal.web;

import io.emoticctv.portal.DisplayTime;
import io.emoticctv.portal.admin.DeploymentPurpose;
import io.emoticctv.portal.admin.SiteSettingsService;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Adds what every page's layout shows to every page's model: the disclaimer, the time zone, the
 * Chart.js URL, who is logged in ({@code user}, absent on the login page) and, to signed-in users
 * of a site whose declared purpose forbids emotion alerts, the legal reason ({@code siteAlertsRefusedReason}).
 */
@Singleton
final class PageBasicsProcessor implements ViewModelProcessor<Map<String, Object>> {
  private final DisplayTime time;
  private final ChartJsAsset chartJs;
  private final SiteSettingsService site;

  PageBasicsProcessor(DisplayTime time, ChartJsAsset chartJs, SiteSettingsService site) {
    this.time = time;
    this.chartJs = chartJs;
    this.site = site;
  }

  @Override
  public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
    modelAndView
        .getModel()
        .ifPresent(
            model -> {
              model.putIfAbsent("disclaimer", Disclaimer.TEXT);
              model.putIfAbsent("zone", time.zoneName());
              model.putIfAbsent("chartJsUrl", chartJs.url());
              request
                  .getUserPrincipal(Authentication.class)
                  .ifPresent(
                      auth -> {
                        model.putIfAbsent("user", SignedInUser.of(auth));
                        if (!site.emotionAlertsAllowed()) {
                          model.putIfAbsent("siteAlertsRefusedReason", DeploymentPurpose.LEGAL_REASON);
                        }
                      });
            });
  }
}
