package io.emoticctv.job.io;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.EmotionWindow;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A window as its {@code emotion_windows} row. An upsert on (camera, window start): a replay or a
 * late firing of the same window rewrites the row instead of adding to it.
 */
public final class EmotionWindowUpsert implements JdbcStatement<EmotionWindow> {
  private static final String[] COLUMNS = Stream.of(
          Stream.of("camera_id", "window_start", "window_end", "faces"),
          Arrays.stream(Emotion.values()).map(Emotion::key),
          Arrays.stream(Emotion.values()).map(e -> "p_" + e.key()),
          Stream.of("tracks", "model", "model_sha256"))
      .flatMap(s -> s)
      .toArray(String[]::new);

  static final String SQL = "INSERT INTO emotion_windows (" + String.join(", ", COLUMNS) + ") VALUES ("
      + Arrays.stream(COLUMNS).map(c -> "?").collect(Collectors.joining(", "))
      + ") ON CONFLICT (camera_id, window_start) DO UPDATE SET "
      + Arrays.stream(COLUMNS)
          .filter(c -> !c.equals("camera_id") && !c.equals("window_start"))
          .map(c -> c + " = EXCLUDED." + c)
          .collect(Collectors.joining(", "))
      + ", written_at = now()";

  @Override
  public String sql() {
    return SQL;
  }

  @Override
  public void bind(PreparedStatement st, EmotionWindow w) throws SQLException {
    int i = 1;
    st.setString(i++, w.cameraId());
    st.setObject(i++, JdbcStatement.utc(w.windowStart()));
    st.setObject(i++, JdbcStatement.utc(w.windowEnd()));
    st.setInt(i++, w.faces());
    for (int count : w.counts()) {
      st.setInt(i++, count);
    }
    for (float p : w.meanProbabilities()) {
      st.setFloat(i++, p);
    }
    st.setInt(i++, w.tracks());
    st.setString(i++, w.model());
    st.setString(i, w.modelSha256());
  }
}
