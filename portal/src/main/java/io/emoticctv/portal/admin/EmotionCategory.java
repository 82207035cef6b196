package io.emoticctv.portal.admin;

import java.util.List;

/**
 * A row of {@code emotion_categories}: one of the 7 model classes ({@code builtin}, members =
 * itself) or a group of them.
 */
public record EmotionCategory(
    String key, String displayName, String color, boolean abnormal, String sound, List<String> members, boolean builtin) {}
