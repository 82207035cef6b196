package io.emoticctv.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.emoticctv.contracts.Emotion;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate TODAY = LocalDate.parse("2026-11-25");

  static RollupRow row(String camera, String bucket, long... counts) {
    long faces = 0;
    for (long c : counts) {
      faces += c;
    }
    return new RollupRow(camera, Instant.parse(bucket), faces, counts);
  }

  static ReportRequest request(String granularity) {
    return ReportRequest.parse(Map.of("from", "2026-11-24", "to", "2026-11-25", "granularity", granularity), List.of(), BERLIN, TODAY);
  }

  @Test
  void aGroupCountsTheFacesOfAllItsMembers() {
    // distress = fear + sadness
    List<Integer> distress = List.of(Emotion.FEAR.ordinal(), Emotion.SADNESS.ordinal());
    Tally tally = Tally.empty().plus(10, new long[] {1, 0, 2, 4, 0, 3, 0});
    assertThat(tally.count(distress)).isEqualTo(5);
    assertThat(tally.share(distress)).isEqualTo(0.5);
    assertThat(Tally.empty().share(distress)).isZero();
  }

  @Test
  void aDayIsTheSumOfItsHoursInTheDisplayZone() {
    // 22:00 and 23:30 UTC on the 24th are the 24th 23:00 and the 25th 00:30 in Berlin
    List<RollupRow> rows =
        List.of(
            row("cam-1", "2026-11-24T10:00:00Z", 1, 0, 0, 3, 0, 0, 0),
            row("cam-2", "2026-11-24T22:00:00Z", 0, 0, 0, 0, 2, 2, 0),
            row("cam-1", "2026-11-24T23:00:00Z", 4, 0, 0, 0, 0, 0, 0));
    Report report = ReportBuilder.build(request("day"), rows, Map.of("cam-1", "Lobby"), List.of(), List.of());
    assertThat(report.series()).extracting(Report.Bucket::start)
        .containsExactly(Instant.parse("2026-11-23T23:00:00Z"), Instant.parse("2026-11-24T23:00:00Z"));
    Tally first = report.series().get(0).tally();
    assertThat(first.faces()).isEqualTo(8);
    assertThat(first.count(Emotion.HAPPINESS)).isEqualTo(3);
    assertThat(first.share(Emotion.SADNESS)).isEqualTo(0.25);
    assertThat(report.series().get(1).tally().count(Emotion.ANGER)).isEqualTo(4);
    assertThat(report.total().faces()).isEqualTo(12);
  }

  @Test
  void hoursStayAsTheRollupHasThemAndBusiestAndCamerasAreRanked() {
    List<RollupRow> rows =
        List.of(
            row("cam-1", "2026-11-24T10:00:00Z", 1, 0, 0, 0, 0, 0, 0),
            row("cam-2", "2026-11-24T10:00:00Z", 0, 0, 0, 0, 5, 0, 0),
            row("cam-1", "2026-11-24T11:00:00Z", 0, 0, 0, 2, 0, 0, 0));
    Report report = ReportBuilder.build(request("hour"), rows, Map.of("cam-1", "Lobby", "cam-2", "Yard"), List.of(), List.of());
    assertThat(report.series()).hasSize(2);
    assertThat(report.busiest().get(0).start()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    assertThat(report.busiest().get(0).tally().faces()).isEqualTo(6);
    assertThat(report.cameras()).extracting(Report.CameraTally::name).containsExactly("Yard", "Lobby");
    assertThat(report.cameras().get(1).tally().dominant()).isEqualTo(Emotion.HAPPINESS);
  }

  @Test
  void anEmptyRangeHasNoBucketsAndNoDominantEmotion() {
    Report report = ReportBuilder.build(request("minute"), List.of(), Map.of(), List.of(), List.of());
    assertThat(report.series()).isEmpty();
    assertThat(report.busiest()).isEmpty();
    assertThat(report.total().dominant()).isNull();
    assertThat(report.total().share(Emotion.ANGER)).isZero();
  }

  @Test
  void requestsAreValidated() {
    assertThat(ReportRequest.parse(Map.of(), List.of(), BERLIN, TODAY))
        .satisfies(r -> {
          assertThat(r.granularity()).isEqualTo(Granularity.HOUR);
          assertThat(r.fromDay()).isEqualTo(TODAY.minusDays(6));
          assertThat(r.from()).isEqualTo(Instant.parse("2026-11-18T23:00:00Z"));
        });
    assertThatThrownBy(() -> ReportRequest.parse(Map.of("granularity", "week"), List.of(), BERLIN, TODAY))
        .hasMessageContaining("minute, hour or day");
    assertThatThrownBy(() -> ReportRequest.parse(Map.of("from", "25.11.2026"), List.of(), BERLIN, TODAY))
        .hasMessageContaining("start date");
    assertThatThrownBy(() -> ReportRequest.parse(Map.of("from", "2026-11-25", "to", "2026-11-20"), List.of(), BERLIN, TODAY))
        .hasMessageContaining("before the start");
    assertThatThrownBy(() -> ReportRequest.parse(Map.of("from", "2026-11-01", "granularity", "minute"), List.of(), BERLIN, TODAY))
        .hasMessageContaining("at most 2 days");
    assertThatThrownBy(() -> ReportRequest.parse(Map.of(), List.of("cam'; drop table"), BERLIN, TODAY))
        .hasMessageContaining("no camera");
  }
}
