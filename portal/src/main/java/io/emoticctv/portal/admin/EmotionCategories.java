package io.emoticctv.portal.admin;

import io.emoticctv.portal.audit.AuditTrail;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads and changes {@code emotion_categories}; every change is audited. */
@Singleton
@Connectable
public class EmotionCategories {
  private final DataSource dataSource;
  private final AuditTrail audit;

  EmotionCategories(DataSource dataSource, AuditTrail audit) {
    this.dataSource = dataSource;
    this.audit = audit;
  }

  /** Built-in classes first (model order), then groups by key. */
  public List<EmotionCategory> all() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(
            "SELECT key, display_name, color, abnormal, sound, members, builtin FROM emotion_categories"
                + " ORDER BY builtin DESC, array_position(ARRAY['anger','disgust','fear','happiness','neutral','sadness','surprise'], key), key");
        ResultSet rs = st.executeQuery()) {
      List<EmotionCategory> all = new ArrayList<>();
      while (rs.next()) {
        all.add(new EmotionCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
            Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getBoolean(7)));
      }
      return all;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read emotion categories", e);
    }
  }

  Optional<EmotionCategory> find(String key) {
    return all().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** @throws IllegalArgumentException with a message for the admin */
  void save(Map<String, String> form, String existingKey, String who) {
    EmotionCategory existing = null;
    if (existingKey != null) {
      existing = find(existingKey).orElseThrow(() -> new IllegalArgumentException("There is no category " + existingKey + "."));
    }
    EmotionCategory category = EmotionCategoryForm.check(form, existing);
    if (existing == null && find(category.key()).isPresent()) {
      throw new IllegalArgumentException("There is a category with the key " + category.key() + " already.");
    }
    String sql = existing == null
        ? "INSERT INTO emotion_categories (display_name, color, abnormal, sound, members, key) VALUES (?, ?, ?, ?, ?, ?)"
        : "UPDATE emotion_categories SET display_name = ?, color = ?, abnormal = ?, sound = ?, members = ? WHERE key = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, category.displayName());
      st.setString(2, category.color());
      st.setBoolean(3, category.abnormal());
      st.setString(4, category.sound());
      st.setArray(5, c.createArrayOf("text", category.members().toArray()));
      st.setString(6, category.key());
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the category", e);
    }
    audit.record(who, existing == null ? "category.create" : "category.update", category.key(),
        category.displayName() + " " + category.color() + (category.abnormal() ? " abnormal" : "") + " = " + String.join("+", category.members()));
  }

  /** @throws IllegalArgumentException for a built-in or unknown category */
  void delete(String key, String who) {
    EmotionCategory category = find(key).orElseThrow(() -> new IllegalArgumentException("There is no category " + key + "."));
    if (category.builtin()) {
      throw new IllegalArgumentException("The model's own emotions cannot be removed; rename or recolour them instead.");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("DELETE FROM emotion_categories WHERE key = ? AND NOT builtin")) {
      st.setString(1, key);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot remove the category", e);
    }
    audit.record(who, "category.delete", key, "");
  }
}
