package io.emoticctv.contracts;

/** A record's bytes are not a valid record of its topic's schema; the message says why. */
public class MalformedRecordException extends Exception {
  public MalformedRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }

  public MalformedRecordException(String reason) {
    super(reason);
  }
}
