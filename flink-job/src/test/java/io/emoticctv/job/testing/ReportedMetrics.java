package io.emoticctv.job.testing;

import io.emoticctv.job.metrics.JobMetrics;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.JobID;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;

/** The job's own metrics as a reporter (Prometheus in production) is shown them. */
public record ReportedMetrics(InMemoryReporter reporter, JobID job) {

  /** The metrics named {@code emoticctv.<name>}, one per subtask that has it. */
  public List<Metric> named(String name) {
    return reporter.getMetricsByGroup().entrySet().stream()
        .filter(g -> job.toString().equals(g.getKey().getAllVariables().get("<job_id>")))
        .filter(g -> {
          String[] scope = g.getKey().getScopeComponents();
          return scope[scope.length - 1].equals(JobMetrics.GROUP);
        })
        .map(g -> g.getValue().get(name))
        .filter(Objects::nonNull)
        .toList();
  }

  /** A counter summed over the subtasks. */
  public long count(String counter) {
    return named(counter).stream().mapToLong(m -> ((Counter) m).getCount()).sum();
  }

  /** How many values a histogram took, over the subtasks. */
  public long samples(String histogram) {
    return named(histogram).stream().mapToLong(m -> ((Histogram) m).getCount()).sum();
  }
}
