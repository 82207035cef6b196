package io.emoticctv.job;

/** The topics the job reads and writes. */
public record TopicNames(
    String faces,
    String facesDlq,
    String emotionWindows,
    String alerts,
    String rules,
    String cameras,
    String trackEmotions) {}
