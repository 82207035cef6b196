package io.emoticctv.portal.web;

import io.emoticctv.portal.DisplayTime;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Adds what every page's layout shows to every page's model: the disclaimer, the time zone, the
 * Chart.js URL and who is logged in ({@code user}, absent on the login page).
 */
@Singleton
final class PageBasicsProcessor implements ViewModelProcessor<Map<String, Object>> {
  private final DisplayTime time;
  private final ChartJsAsset chartJs;

  PageBasicsProcessor(DisplayTime time, ChartJsAsset chartJs) {
    this.time = time;
    this.chartJs = chartJs;
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
                  .ifPresent(auth -> model.putIfAbsent("user", SignedInUser.of(auth)));
            });
  }
}
