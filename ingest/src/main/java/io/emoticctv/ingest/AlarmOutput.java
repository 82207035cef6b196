package io.emoticctv.ingest;

import io.emoticctv.contracts.AlertRecord;

/** Somewhere an alert can be heard at the site: a local sound card, an IP speaker. */
interface AlarmOutput {

  /** Sounds {@code alert} for {@code cameraId}; failures are the output's to log. */
  void sound(String cameraId, AlertRecord alert);
}
