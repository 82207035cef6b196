package io.emoticctv.portal.security;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

/** Adds the CSRF field and script nonce processors to the template engine when it is created. */
@Singleton
final class SecurityDialect implements BeanCreatedEventListener<TemplateEngine> {

  @Override
  public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
    TemplateEngine engine = event.getBean();
    engine.addDialect(new Dialect());
    return engine;
  }

  private static final class Dialect extends AbstractProcessorDialect {
    Dialect() {
      super("EmotiCCTV security", "emoticctv-security", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
      return Set.of(new CsrfFormProcessor(dialectPrefix), new ScriptNonceProcessor(dialectPrefix));
    }
  }
}
