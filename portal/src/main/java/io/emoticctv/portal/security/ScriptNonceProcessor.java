package io.emoticctv.portal.security;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Gives every {@code <script>} of every page the request's CSP nonce, so the Content-Security-
 * Policy can refuse scripts the portal did not write while the pages' own inline scripts run.
 */
final class ScriptNonceProcessor extends AbstractElementTagProcessor {

  ScriptNonceProcessor(String dialectPrefix) {
    super(TemplateMode.HTML, dialectPrefix, "script", false, null, false, 1000);
  }

  @Override
  protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler handler) {
    Object nonce = context.getVariable(SecurityModelProcessor.CSP_NONCE);
    if (nonce != null) {
      handler.setAttribute("nonce", nonce.toString());
    }
  }
}
