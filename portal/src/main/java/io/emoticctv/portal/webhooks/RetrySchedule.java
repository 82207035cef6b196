package io.emoticctv.portal.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** When a failed delivery is tried again: after each wait of the backoff in turn, then never. */
record RetrySchedule(List<Duration> backoff) {

  /**
   * @param attemptsMade attempts so far, the failed one included
   * @return when to try next; empty when the retries are used up
   */
  Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
    return attemptsMade <= backoff.size() ? Optional.of(failedAt.plus(backoff.get(attemptsMade - 1))) : Optional.empty();
  }
}
