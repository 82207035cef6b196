package io.emoticctv.portal.alerts;

/** The content of one alert's email, the same for every recipient. */
public record AlertEmail(String subject, String text, String html) {}
