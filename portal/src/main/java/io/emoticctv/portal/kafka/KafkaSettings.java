package io.emoticctv.portal.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the portal reads its topics ({@code emoticctv.kafka.*}).
 *
 * @param groupIdPrefix consumer groups are {@code <prefix>-camera-status} and {@code
 *     <prefix>-alerts} (shared by all portal instances) and {@code <prefix>-live-<random>} (one
 *     per instance: every instance must see every window to push it to its own browsers)
 * @param camerasTopic the compacted topic the portal publishes each camera's configuration to
 */
@ConfigurationProperties("emoticctv.kafka")
public record KafkaSettings(
    @NotBlank String bootstrapServers,
    @NotBlank String groupIdPrefix,
    @NotBlank String emotionWindowsTopic,
    @NotBlank String cameraStatusTopic,
    @NotBlank String alertsTopic,
    @NotBlank String camerasTopic) {}
