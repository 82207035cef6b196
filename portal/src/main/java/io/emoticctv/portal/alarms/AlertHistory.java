package io.emoticctv.portal.alarms;

import java.util.List;

/**
 * One page of a camera's alerts, newest first, with their handling.
 *
 * @param page 0 for the newest
 * @param older whether there is a next page of older alerts
 */
public record AlertHistory(List<AlarmView> alerts, int page, boolean older) {
  public static final int PAGE_SIZE = 20;
}
