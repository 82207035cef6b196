package io.emoticctv.portal.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueFilterTest {

  @Test
  void blankFiltersMatchEverything() {
    assertThat(IssueFilter.parse(null, null)).contains(new IssueFilter(null, null));
    assertThat(IssueFilter.parse(" ", "")).contains(new IssueFilter(null, null));
  }

  @Test
  void aStatusIsNamedExactlyAndACameraIdIsStripped() {
    assertThat(IssueFilter.parse("IN_PROGRESS", " cam-gate ")).contains(new IssueFilter(IssueStatus.IN_PROGRESS, "cam-gate"));
    assertThat(IssueFilter.parse("in_progress", null)).isEmpty();
    assertThat(IssueFilter.parse("LOST", null)).isEmpty();
  }
}
