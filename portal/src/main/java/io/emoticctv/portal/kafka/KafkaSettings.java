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
 * @param rulesTopic the compacted topic the portal publishes each alert rule to
 * @param cameraProbesTopic where "Test connection" asks the ingest agents to probe a stream URL
 * @param cameraProbeResultsTopic where the agents answer; each portal instance reads it with a
 *     group of its own, {@code <prefix>-probes-<random>}
 * @param previewsTopic preview images for the live wall, read per instance
 * @param trackEmotionsTopic tracked faces' emotions for the live wall, read per instance
 */
@ConfigurationProperties("emoticctv.kafka")
public record KafkaSettings(
    @NotBlank String bootstrapServers,
    @NotBlank String groupIdPrefix,
    @NotBlank String emotionWindowsTopic,
    @NotBlank String cameraStatusTopic,
    @NotBlank String alertsTopic,
    @NotBlank String camerasTopic,
    @NotBlank String rulesTopic,
    @NotBlank String cameraProbesTopic,
    @NotBlank String cameraProbeResultsTopic,
    @NotBlank String previewsTopic,
    @NotBlank String trackEmotionsTopic) {}
