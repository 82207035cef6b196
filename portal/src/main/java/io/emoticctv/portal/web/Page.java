package io.emoticctv.portal.web;

import io.micronaut.views.ModelAndView;
import java.util.HashMap;
import java.util.Map;

/** The view and model of a page behind one of the header's tabs. */
public final class Page {
  private Page() {}

  /**
   * @param tab the header tab the page belongs to ({@code cameras}, {@code alerts})
   */
  public static ModelAndView<Map<String, Object>> of(String view, String tab, Map<String, ?> values) {
    // Mutable: PageBasicsProcessor adds what the layout needs.
    Map<String, Object> model = new HashMap<>(values);
    model.put("page", tab);
    return new ModelAndView<>(view, model);
  }

  public static ModelAndView<Map<String, Object>> notFound(String tab, String message) {
    return of("not-found", tab, Map.of("message", message));
  }
}
