package io.emoticctv.models.robustness;

import io.emoticctv.contracts.FacePreprocessing;
import io.emoticctv.models.evaluation.GrayCrops;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Degradations a CCTV camera adds to a face, simulated on a 48x48 crop. Each one is a pure,
 * deterministic function of the crop (noise is seeded by the crop's content), and its result
 * goes through {@link FacePreprocessing#toModelInput} again — what ingest would do with the
 * degraded face (so e.g. the histogram equalisation undoes part of a low-light gamma).
 */
public enum CctvCondition {
  CLEAN("clean (validation as is)") {
    @Override
    byte[] degrade(byte[] crop) {
      return crop;
    }
  },
  DOWNSCALE_24("downscaled to 24 px and back (a face of ~24 px on camera)") {
    @Override
    byte[] degrade(byte[] crop) {
      int half = SIZE / 2;
      byte[] small = new byte[half * half];
      for (int y = 0; y < half; y++) {
        for (int x = 0; x < half; x++) {
          int sum = at(crop, 2 * x, 2 * y) + at(crop, 2 * x + 1, 2 * y) + at(crop, 2 * x, 2 * y + 1)
              + at(crop, 2 * x + 1, 2 * y + 1);
          small[y * half + x] = (byte) ((sum + 2) / 4);
        }
      }
      return GrayCrops.resized(small, half, half, SIZE, SIZE);
    }
  },
  JPEG_30("JPEG quality 30") {
    @Override
    byte[] degrade(byte[] crop) {
      return jpeg(crop, 0.30f);
    }
  },
  GAUSSIAN_BLUR("Gaussian blur, sigma 1.2 px") {
    @Override
    byte[] degrade(byte[] crop) {
      BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
      new ConvolveOp(gaussianKernel(1.2), ConvolveOp.EDGE_NO_OP, null)
          .filter(GrayCrops.image(crop, SIZE, SIZE).getRaster(), out.getRaster());
      return GrayCrops.pixels(out);
    }
  },
  NOISE("Gaussian sensor noise, sigma 12 grey levels") {
    @Override
    byte[] degrade(byte[] crop) {
      Random random = new Random(Arrays.hashCode(crop));
      byte[] out = new byte[crop.length];
      for (int i = 0; i < crop.length; i++) {
        out[i] = clamp((crop[i] & 0xFF) + random.nextGaussian() * 12);
      }
      return out;
    }
  },
  LOW_LIGHT("low light: gamma 2.5 darkening, 8-bit quantised") {
    @Override
    byte[] degrade(byte[] crop) {
      byte[] out = new byte[crop.length];
      for (int i = 0; i < crop.length; i++) {
        out[i] = clamp(255 * Math.pow((crop[i] & 0xFF) / 255.0, 2.5));
      }
      return out;
    }
  },
  ROTATE_PLUS_15("rotated +15 degrees") {
    @Override
    byte[] degrade(byte[] crop) {
      return GrayCrops.rotated(crop, 15);
    }
  },
  ROTATE_MINUS_15("rotated -15 degrees") {
    @Override
    byte[] degrade(byte[] crop) {
      return GrayCrops.rotated(crop, -15);
    }
  };

  private static final int SIZE = GrayCrops.SIZE;

  private final String description;

  CctvCondition(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The degraded crop, preprocessed like a live one; {@link #CLEAN} returns the crop itself. */
  public byte[] apply(byte[] crop) {
    if (crop.length != FacePreprocessing.PIXELS) {
      throw new IllegalArgumentException("crop must hold " + FacePreprocessing.PIXELS + " bytes, got " + crop.length);
    }
    return this == CLEAN ? crop : FacePreprocessing.toModelInput(degrade(crop), SIZE, SIZE);
  }

  /** The degraded picture at 48x48, before preprocessing. */
  abstract byte[] degrade(byte[] crop);

  private static int at(byte[] crop, int x, int y) {
    return crop[y * SIZE + x] & 0xFF;
  }

  private static byte clamp(double value) {
    return (byte) Math.max(0, Math.min(255, Math.round(value)));
  }

  private static Kernel gaussianKernel(double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    int side = 2 * radius + 1;
    float[] weights = new float[side * side];
    double sum = 0;
    for (int y = -radius; y <= radius; y++) {
      for (int x = -radius; x <= radius; x++) {
        double w = Math.exp(-(x * x + y * y) / (2 * sigma * sigma));
        weights[(y + radius) * side + x + radius] = (float) w;
        sum += w;
      }
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= (float) sum;
    }
    return new Kernel(side, side, weights);
  }

  private static byte[] jpeg(byte[] crop, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(GrayCrops.image(crop, SIZE, SIZE), null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    try {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
      return GrayCrops.pixels(decoded);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG decoding failed", e);
    }
  }
}
