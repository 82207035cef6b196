package io.emoticctv.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.emoticctv.contracts.CameraState;
import io.emoticctv.contracts.CameraStatus;
import io.emoticctv.contracts.FaceRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A real clip, decoded and paced in real time, with a detection stage slower than the analysis
 * rate: the camera must drop the oldest frames and stay in real time instead of falling behind.
 */
class AnalysisOverloadIT {
  private static final long DETECT_MS = 500;

  /** The real detector, plus a delay: a CPU too busy for this camera's analysis rate. */
  private static FaceDetector slowBlazeFace() {
    BlazeFaceDetector real = new BlazeFaceDetector(CameraConfig.DEFAULT_MIN_FACE_PX);
    return new FaceDetector() {
      @Override
      public List<Detection> detect(GrayFrame frame) {
        long start = System.nanoTime();
        List<Detection> found = real.detect(frame);
        long left = DETECT_MS - (System.nanoTime() - start) / 1_000_000;
        try {
          Thread.sleep(Math.max(0, left));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return found;
      }

      @Override
      public void close() {
        real.close();
      }
    };
  }

  @Test
  void dropsTheOldestFramesAndStaysInRealTime() throws Exception {
    CameraConfig camera =
        new CameraConfig(
            "hall",
            SharedMedia.clip(SharedMedia.WALKING).toString(),
            5,
            true,
            CameraConfig.DEFAULT_MIN_FACE_PX,
            DetectorKind.BLAZEFACE);
    List<Long> lagsMs = new CopyOnWriteArrayList<>();
    List<FaceRecord> faces = new CopyOnWriteArrayList<>();
    List<CameraStatus> statuses = new CopyOnWriteArrayList<>();
    CountDownLatch stop = new CountDownLatch(1);
    CameraWorker worker =
        new CameraWorker(
            camera,
            FfmpegFrameSource::open,
            c -> slowBlazeFace(),
            new AnalysisSettings(FaceQualityGate.DEFAULT, PreviewSettings.OFF),
            new CameraSinks(
                face -> {
                  lagsMs.add(System.currentTimeMillis() - face.captureTime());
                  faces.add(face);
                },
                statuses::add,
                preview -> {}),
            stop);
    Thread thread = new Thread(worker, "camera-hall");
    thread.start();

    Thread.sleep(6_000);
    CameraStatus whileRunning = worker.reportStatus(); // rates over the whole run
    stop.countDown();
    thread.join(5_000);

    assertThat(thread.isAlive()).isFalse();
    assertThat(whileRunning.state()).isEqualTo(CameraState.ONLINE);
    // Decoding keeps the clip's pace (12 fps) although analysis manages only 2 of the 5 fps wanted.
    assertThat(whileRunning.framesInPerSecond()).isBetween(8.0, 13.0);
    assertThat(whileRunning.framesAnalysedPerSecond()).isBetween(0.8, 2.2);
    // 5 sampled/s, 2 analysed/s: about 3 dropped per second, over ~6 s.
    assertThat(whileRunning.framesDropped()).isBetween(8L, 25L);
    assertThat(faces).isNotEmpty();
    // A face is published within a few analyses of its frame's capture, however long the camera
    // runs (without dropping, the backlog would grow by 1.5 s every second: ~9 s by the end).
    assertThat(lagsMs).allSatisfy(lag -> assertThat(lag).isLessThan(4 * DETECT_MS + 500));
    assertThat(statuses.get(statuses.size() - 1).framesDropped())
        .isGreaterThanOrEqualTo(whileRunning.framesDropped());
  }
}
