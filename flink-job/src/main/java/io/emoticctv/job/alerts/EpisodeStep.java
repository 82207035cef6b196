package io.emoticctv.job.alerts;

import io.emoticctv.contracts.AlertRecord;

/**
 * The outcome of {@link AlertEpisodes#advance}.
 *
 * @param episode the episode open after the step, or null
 * @param alert the alert to publish, non-null only when {@code transition} is {@code OPENED}
 */
public record EpisodeStep(Episode episode, EpisodeTransition transition, AlertRecord alert) {}
