package io.emoticctv.job.functions;

import io.emoticctv.contracts.Emotion;
import io.emoticctv.contracts.FaceRecord;
import io.emoticctv.job.classify.FaceClassifier;
import io.emoticctv.job.classify.FaceClassifierFactory;
import io.emoticctv.job.metrics.JobMetrics;
import io.emoticctv.job.records.ClassifiedFace;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.tasks.ProcessingTimeService;

/**
 * Classifies faces in micro-batches: one model call per {@code batchSize} faces, or per {@code
 * maxWaitMillis} of processing time when faces trickle in, whichever comes first.
 *
 * <p>The batch is held only in memory, never in state. That is safe because it is flushed before
 * anything that could overtake it: before a watermark is forwarded (so no face becomes late for
 * its window), before a checkpoint barrier (so a checkpoint never covers a face that was not
 * emitted yet) and at the end of input.
 */
public final class BatchClassifyOperator extends AbstractStreamOperator<ClassifiedFace>
    implements OneInputStreamOperator<FaceRecord, ClassifiedFace>, BoundedOneInput {

  private final FaceClassifierFactory classifierFactory;
  private final int batchSize;
  private final long maxWaitMillis;

  private transient FaceClassifier classifier;
  private transient List<StreamRecord<FaceRecord>> batch;
  /** Numbers batches, so a flush timer that fires after its batch already left does nothing. */
  private transient long batchNumber;
  private transient Histogram batchSizes;
  private transient Counter facesClassified;

  public BatchClassifyOperator(FaceClassifierFactory classifierFactory, int batchSize, long maxWaitMillis) {
    if (batchSize < 1 || maxWaitMillis < 1) {
      throw new IllegalArgumentException("batch size and max wait must be positive");
    }
    this.classifierFactory = classifierFactory;
    this.batchSize = batchSize;
    this.maxWaitMillis = maxWaitMillis;
  }

  @Override
  public void open() throws Exception {
    super.open();
    batch = new ArrayList<>(batchSize);
    classifier = classifierFactory.open();
    batchSizes = JobMetrics.histogram(getMetricGroup(), "inferenceBatchSize");
    facesClassified = JobMetrics.counter(getMetricGroup(), "facesClassified");
    JobMetrics.meter(getMetricGroup(), "facesPerSecond", facesClassified);
  }

  @Override
  public void processElement(StreamRecord<FaceRecord> element) {
    if (batch.isEmpty()) {
      scheduleFlush();
    }
    batch.add(element.copy(element.getValue())); // the runtime reuses the StreamRecord
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  private void scheduleFlush() {
    long scheduledFor = batchNumber;
    ProcessingTimeService time = getProcessingTimeService();
    time.registerTimer(
        time.getCurrentProcessingTime() + maxWaitMillis,
        now -> {
          if (scheduledFor == batchNumber) {
            flush();
          }
        });
  }

  @Override
  public void processWatermark(Watermark mark) throws Exception {
    flush();
    super.processWatermark(mark);
  }

  @Override
  public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
    flush();
    super.prepareSnapshotPreBarrier(checkpointId);
  }

  @Override
  public void endInput() {
    flush();
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    List<byte[]> crops = new ArrayList<>(batch.size());
    for (StreamRecord<FaceRecord> face : batch) {
      crops.add(face.getValue().crop());
    }
    float[][] probabilities = classifier.classify(crops);
    String model = classifier.modelId();
    String weights = classifier.weightsSha256();
    if (probabilities.length != crops.size()) {
      throw new IllegalStateException(
          "model " + model + " returned " + probabilities.length + " results for " + crops.size() + " faces");
    }
    for (int i = 0; i < probabilities.length; i++) {
      if (probabilities[i].length != Emotion.COUNT) {
        throw new IllegalStateException("model " + model + " returned " + probabilities[i].length
            + " probabilities, expected " + Emotion.COUNT);
      }
      StreamRecord<FaceRecord> face = batch.get(i);
      FaceRecord f = face.getValue();
      // event time is the capture time, whatever the source stamped on a record it could not read
      output.collect(face.replace(
          new ClassifiedFace(f.cameraId(), f.captureTime(), f.trackId(), f.box(), probabilities[i], model, weights),
          f.captureTime()));
    }
    batchSizes.update(probabilities.length);
    facesClassified.inc(probabilities.length);
    batch.clear();
    batchNumber++;
  }

  @Override
  public void close() throws Exception {
    try {
      if (classifier != null) {
        classifier.close();
      }
    } finally {
      super.close();
    }
  }
}
