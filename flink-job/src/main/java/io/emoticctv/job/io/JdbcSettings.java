package io.emoticctv.job.io;

import java.io.Serializable;

/** Where the job's tables are. */
public record JdbcSettings(String url, String user, String password) implements Serializable {
  @Override
  public String toString() {
    return "JdbcSettings[url=" + url + ", user=" + user + ", password=***]";
  }
}
