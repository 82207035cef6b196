package io.emoticctv.portal;

import io.emoticctv.portal.cameras.CameraHealthSettings;
import io.emoticctv.portal.cameras.CameraProbeSettings;
import io.emoticctv.portal.cameras.MapSettings;
import io.emoticctv.portal.kafka.KafkaSettings;
import io.emoticctv.portal.security.SecuritySettings;
import io.emoticctv.portal.live.LiveWallSettings;
import io.emoticctv.portal.notifications.AlertEmailSettings;
import io.emoticctv.portal.users.AccountSettings;
import io.emoticctv.portal.users.AdminAccountSettings;
import io.emoticctv.portal.webhooks.WebhookSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.naming.NameUtils;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses to start when a configuration file, system property or test property sets an {@code
 * emoticctv.*} key that no settings record reads: a misspelt key would otherwise be ignored and
 * its default used without a word. Environment variables are not checked, since Micronaut maps
 * each of them to several candidate keys.
 */
@Context
final class ConfigKeyCheck {
  static final String PREFIX = "emoticctv.";
  static final List<Class<? extends Record>> SETTINGS =
      List.of(
          PortalSettings.class,
          KafkaSettings.class,
          AdminAccountSettings.class,
          SecuritySettings.class,
          AccountSettings.class,
          CameraHealthSettings.class,
          AlertEmailSettings.class,
          CameraProbeSettings.class,
          MapSettings.class,
          LiveWallSettings.class,
          WebhookSettings.class);

  ConfigKeyCheck(Environment environment) {
    Set<String> known = knownKeys(SETTINGS);
    Set<String> unknown = new TreeSet<>();
    for (PropertySource source : environment.getPropertySources()) {
      if (source.getConvention() != PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE) {
        for (String key : unknownKeys(source, known)) {
          unknown.add(key + " (" + source.getName() + ")");
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new ConfigurationException(
          "unknown configuration keys " + unknown + "; the known ones are " + known);
    }
  }

  /** {@code emoticctv.portal.public-base-url}, ...: the prefix of each record and its components. */
  static Set<String> knownKeys(Collection<Class<? extends Record>> settings) {
    return settings.stream()
        .flatMap(
            type -> {
              String prefix = type.getAnnotation(ConfigurationProperties.class).value();
              return Arrays.stream(type.getRecordComponents())
                  .map(c -> prefix + "." + NameUtils.hyphenate(c.getName()));
            })
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The keys of {@code keys} under {@value #PREFIX} that are not known, compared hyphenated. */
  static Set<String> unknownKeys(Iterable<String> keys, Set<String> known) {
    Set<String> unknown = new TreeSet<>();
    for (String key : keys) {
      if (key.startsWith(PREFIX) && !known.contains(NameUtils.hyphenate(key))) {
        unknown.add(key);
      }
    }
    return unknown;
  }
}
