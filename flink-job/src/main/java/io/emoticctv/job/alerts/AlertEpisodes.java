package io.emoticctv.job.alerts;

import io.emoticctv.contracts.AlertRecord;

/**
 * The alert lifecycle of one camera as one pure decision: one alert per episode, however long
 * the abnormal run lasts.
 */
public final class AlertEpisodes {
  private AlertEpisodes() {}

  /**
   * Advances a camera's episode by what happened at one event timestamp.
   *
   * @param open the open episode, or null
   * @param timestamp the event timestamp being processed
   * @param windowAbnormal whether the camera's window ending at {@code timestamp + 1} was
   *     abnormal; null when the camera had no window there (it saw no face in it)
   * @param candidate the alert a sustained-run match produced at {@code timestamp}, or null
   * @param windowMillis the window length; a missing window right after the episode's last one
   *     means the camera saw no face for a whole window, which ends the episode like a window
   *     below the rule does
   */
  public static EpisodeStep advance(
      Episode open, long timestamp, Boolean windowAbnormal, AlertRecord candidate, long windowMillis) {
    EpisodeTransition transition = EpisodeTransition.NONE;
    if (open != null) {
      if (windowAbnormal == null) {
        if (timestamp >= open.lastWindowTimestamp() + windowMillis) {
          open = null;
          transition = EpisodeTransition.RESOLVED;
        }
      } else if (windowAbnormal) {
        open = open.extendedTo(timestamp);
        transition = EpisodeTransition.UPDATED;
      } else {
        open = null;
        transition = EpisodeTransition.RESOLVED;
      }
    }
    if (candidate == null) {
      return new EpisodeStep(open, transition, null);
    }
    if (open != null) {
      // the run is still the one that opened the episode: suppressed
      return new EpisodeStep(open.extendedTo(timestamp), EpisodeTransition.UPDATED, null);
    }
    return new EpisodeStep(
        new Episode(candidate.alertId(), timestamp), EpisodeTransition.OPENED, candidate);
  }
}
