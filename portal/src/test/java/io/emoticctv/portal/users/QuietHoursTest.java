package io.emoticctv.portal.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  static final int H22 = 22 * 60;
  static final int H07 = 7 * 60;

  @Test
  void quietHoursWithinOneDayCoverFromStartToJustBeforeTheEnd() {
    QuietHours lunch = QuietHours.of(12 * 60, 13 * 60 + 30);
    assertThat(lunch.covers(LocalTime.of(11, 59))).isFalse();
    assertThat(lunch.covers(LocalTime.of(12, 0))).isTrue();
    assertThat(lunch.covers(LocalTime.of(13, 29))).isTrue();
    assertThat(lunch.covers(LocalTime.of(13, 30))).isFalse();
  }

  @Test
  void quietHoursOverMidnightCoverTheEveningAndTheMorning() {
    QuietHours night = QuietHours.of(H22, H07);
    assertThat(night.covers(LocalTime.of(21, 59))).isFalse();
    assertThat(night.covers(LocalTime.of(22, 0))).isTrue();
    assertThat(night.covers(LocalTime.of(0, 0))).isTrue();
    assertThat(night.covers(LocalTime.of(6, 59))).isTrue();
    assertThat(night.covers(LocalTime.of(7, 0))).isFalse();
    assertThat(night.covers(LocalTime.of(12, 0))).isFalse();
  }

  @Test
  void withoutQuietHoursEveryTimeGetsEmails() {
    assertThat(QuietHours.of(null, null)).isEqualTo(QuietHours.NONE);
    assertThat(QuietHours.of(H22, null)).isEqualTo(QuietHours.NONE);
    assertThat(QuietHours.NONE.covers(LocalTime.of(3, 0))).isFalse();
    assertThat(QuietHours.NONE.from()).isEmpty();
  }

  @Test
  void theFormShowsClockTimes() {
    QuietHours night = QuietHours.of(H22, H07 + 5);
    assertThat(night.from()).isEqualTo("22:00");
    assertThat(night.until()).isEqualTo("07:05");
  }
}
