package io.emoticctv.portal.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Puts the session's CSRF token as a hidden {@value CsrfTokens#FORM_FIELD} field first into every
 * {@code <form method="post">} of every page, so no form can forget it.
 */
final class CsrfFormProcessor extends AbstractElementModelProcessor {

  CsrfFormProcessor(String dialectPrefix) {
    super(TemplateMode.HTML, dialectPrefix, "form", false, null, false, 1000);
  }

  @Override
  protected void doProcess(ITemplateContext context, IModel model, IElementModelStructureHandler handler) {
    ITemplateEvent first = model.get(0);
    if (!(first instanceof IOpenElementTag open)) {
      return;
    }
    String method = open.getAttributeValue("method");
    Object token = context.getVariable(SecurityModelProcessor.CSRF_TOKEN);
    if (method == null || !method.strip().toLowerCase(Locale.ROOT).equals("post") || token == null || hasField(model)) {
      return;
    }
    IModelFactory factory = context.getModelFactory();
    model.insert(
        1,
        factory.createStandaloneElementTag(
            "input",
            attributes(token.toString()),
            AttributeValueQuotes.DOUBLE,
            false,
            false));
  }

  private static Map<String, String> attributes(String token) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("type", "hidden");
    attributes.put("name", CsrfTokens.FORM_FIELD);
    attributes.put("value", token);
    return attributes;
  }

  /** Thymeleaf runs the processor again on the changed model: the field is then there already. */
  private static boolean hasField(IModel model) {
    return model.size() > 1
        && model.get(1) instanceof IStandaloneElementTag input
        && CsrfTokens.FORM_FIELD.equals(input.getAttributeValue("name"));
  }
}
