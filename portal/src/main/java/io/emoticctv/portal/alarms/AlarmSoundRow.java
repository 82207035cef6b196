package io.emoticctv.portal.alarms;

import java.util.List;

/**
 * One sound of the console's sound list.
 *
 * @param name a severity ({@code HIGH}) or a sound an emotion category names ({@code chime})
 * @param categories display names of the categories that name this sound; empty for a severity
 * @param uploaded whether an admin uploaded it; otherwise a severity plays its built-in tone and a
 *     category's alerts play their severity's sound
 */
public record AlarmSoundRow(String name, List<String> categories, boolean uploaded) {
  public boolean severity() {
    return categories.isEmpty();
  }
}
