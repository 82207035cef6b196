package io.emoticctv.models.evaluation;

import io.emoticctv.contracts.FacePreprocessing;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * 48x48 gray crops as Java2D images and back, and geometric transforms of them. Transforms work
 * on the raster (no colour-space conversion), bilinear, with black outside the source.
 */
public final class GrayCrops {
  public static final int SIZE = FacePreprocessing.SIZE;

  private GrayCrops() {}

  public static BufferedImage image(byte[] pixels, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setDataElements(0, 0, width, height, pixels);
    return image;
  }

  public static byte[] pixels(BufferedImage grayImage) {
    return ((DataBufferByte) grayImage.getRaster().getDataBuffer()).getData().clone();
  }

  /** The crop seen through transform (source → destination coordinates), same size. */
  public static byte[] transformed(byte[] crop, AffineTransform transform) {
    BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
    new AffineTransformOp(transform, AffineTransformOp.TYPE_BILINEAR)
        .filter(image(crop, SIZE, SIZE).getRaster(), out.getRaster());
    return pixels(out);
  }

  /** Bilinear resize of a width x height gray picture. */
  public static byte[] resized(byte[] pixels, int width, int height, int newWidth, int newHeight) {
    BufferedImage out = new BufferedImage(newWidth, newHeight, BufferedImage.TYPE_BYTE_GRAY);
    new AffineTransformOp(AffineTransform.getScaleInstance((double) newWidth / width, (double) newHeight / height),
        AffineTransformOp.TYPE_BILINEAR).filter(image(pixels, width, height).getRaster(), out.getRaster());
    return pixels(out);
  }

  /** Mirror image (left-right). */
  public static byte[] flipped(byte[] crop) {
    byte[] out = new byte[crop.length];
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        out[y * SIZE + x] = crop[y * SIZE + SIZE - 1 - x];
      }
    }
    return out;
  }

  /** Scaled by factor about the centre (factor &gt; 1 zooms in, cutting the border). */
  public static byte[] zoomed(byte[] crop, double factor) {
    double c = SIZE / 2.0;
    AffineTransform t = AffineTransform.getTranslateInstance(c, c);
    t.scale(factor, factor);
    t.translate(-c, -c);
    return transformed(crop, t);
  }

  /** Rotated by degrees (positive = clockwise on screen) about the centre. */
  public static byte[] rotated(byte[] crop, double degrees) {
    return transformed(crop, AffineTransform.getRotateInstance(Math.toRadians(degrees), SIZE / 2.0, SIZE / 2.0));
  }
}
