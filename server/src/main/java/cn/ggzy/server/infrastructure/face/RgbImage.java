package cn.ggzy.server.infrastructure.face;

import cn.ggzy.server.domain.model.DomainException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A decoded photo as 8-bit RGB, row by row, turned upright by its EXIF orientation; and the nets'
 * input taken from it the way face-api's {@code NetInput.toBatchTensor} does: a region zero-padded
 * to a square (centred or not), resized bilinearly (TensorFlow's, without align-corners nor
 * half-pixel centres) and normalised per channel as {@code (v − mean) / 255}.
 */
final class RgbImage {
  final int width;
  final int height;
  /** (y·width + x)·3 + channel, channels R, G, B. */
  final byte[] rgb;

  RgbImage(int width, int height, byte[] rgb) {
    if (rgb.length != width * height * 3) {
      throw new IllegalArgumentException("rgb size");
    }
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  /** Decodes a JPEG or PNG (whatever ImageIO reads); anything else is {@code face.image.unreadable}. */
  static RgbImage decode(byte[] bytes) {
    BufferedImage image;
    try {
      image = bytes == null || bytes.length == 0 ? null : ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
      throw new DomainException("face.image.unreadable", "photo");
    }
    RgbImage upright = of(image);
    return upright.oriented(ExifOrientation.of(bytes));
  }

  static RgbImage of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] rgb = new byte[w * h * 3];
    Raster raster = image.getRaster();
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && raster.getDataBuffer() instanceof DataBufferByte buffer
        && raster.getParent() == null && raster.getSampleModelTranslateX() == 0
        && raster.getSampleModelTranslateY() == 0) {
      byte[] bgr = buffer.getData();
      for (int i = 0; i < w * h * 3; i += 3) {
        rgb[i] = bgr[i + 2];
        rgb[i + 1] = bgr[i + 1];
        rgb[i + 2] = bgr[i];
      }
    } else if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      // the raw samples: getRGB would convert the linear grey colour space
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        raster.getSamples(0, y, w, 1, 0, row);
        for (int x = 0; x < w; x++) {
          int i = (y * w + x) * 3;
          rgb[i] = rgb[i + 1] = rgb[i + 2] = (byte) row[x];
        }
      }
    } else {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0; x < w; x++) {
          int p = row[x];
          int i = (y * w + x) * 3;
          rgb[i] = (byte) (p >> 16);
          rgb[i + 1] = (byte) (p >> 8);
          rgb[i + 2] = (byte) p;
        }
      }
    }
    return new RgbImage(w, h, rgb);
  }

  /** Applies an EXIF orientation (1–8) so that the result is upright. */
  RgbImage oriented(int orientation) {
    if (orientation < 2 || orientation > 8) {
      return this;
    }
    boolean swap = orientation >= 5;
    int ow = swap ? height : width;
    int oh = swap ? width : height;
    byte[] out = new byte[rgb.length];
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> { sx = width - 1 - x; sy = y; }
          case 3 -> { sx = width - 1 - x; sy = height - 1 - y; }
          case 4 -> { sx = x; sy = height - 1 - y; }
          case 5 -> { sx = y; sy = x; }
          case 6 -> { sx = y; sy = height - 1 - x; }
          case 7 -> { sx = width - 1 - y; sy = height - 1 - x; }
          default -> { sx = width - 1 - y; sy = x; }
        }
        int s = (sy * width + sx) * 3;
        int d = (y * ow + x) * 3;
        out[d] = rgb[s];
        out[d + 1] = rgb[s + 1];
        out[d + 2] = rgb[s + 2];
      }
    }
    return new RgbImage(ow, oh, out);
  }

  /**
   * The region {@code [x, x+w) × [y, y+h)} (inside the image) padded with zeros to a square (the
   * padding split around it when {@code centred}, else after it), resized to {@code size × size}
   * and normalised by {@code mean} (R, G, B).
   */
  FeatureMap netInput(int x, int y, int w, int h, int size, boolean centred, float[] mean) {
    int side = Math.max(w, h);
    int diff = Math.abs(w - h);
    int before = centred ? diff - (int) Math.round(diff * 0.5) : 0;
    int offX = w < h ? before : 0;
    int offY = h < w ? before : 0;
    double ratio = (double) side / size;
    FeatureMap out = new FeatureMap(size, size, 3);
    float[] dst = out.data;
    int[] colFloor = new int[size];
    int[] colCeil = new int[size];
    double[] colFrac = new double[size];
    for (int c = 0; c < size; c++) {
      double src = ratio * c;
      colFloor[c] = Math.max(0, (int) Math.floor(src));
      colFrac[c] = src - colFloor[c];
      colCeil[c] = Math.min(side - 1, (int) Math.ceil(src));
    }
    float m0 = mean[0];
    float m1 = mean[1];
    float m2 = mean[2];
    int d = 0;
    for (int r = 0; r < size; r++) {
      double src = ratio * r;
      int top = Math.max(0, (int) Math.floor(src));
      double rowFrac = src - top;
      int bottom = Math.min(side - 1, (int) Math.ceil(src));
      int topRow = rowIndex(top - offY, y, h);
      int bottomRow = rowIndex(bottom - offY, y, h);
      for (int c = 0; c < size; c++) {
        int left = colIndex(colFloor[c] - offX, x, w);
        int right = colIndex(colCeil[c] - offX, x, w);
        double cf = colFrac[c];
        for (int ch = 0; ch < 3; ch++) {
          double tl = sample(topRow, left, ch);
          double tr = sample(topRow, right, ch);
          double bl = sample(bottomRow, left, ch);
          double br = sample(bottomRow, right, ch);
          double t = tl + (tr - tl) * cf;
          double b = bl + (br - bl) * cf;
          float v = (float) (t + (b - t) * rowFrac);
          float m = ch == 0 ? m0 : ch == 1 ? m1 : m2;
          dst[d++] = (v - m) / 255f;
        }
      }
    }
    return out;
  }

  /** The image row of a padded-square row, or −1 in the padding. */
  private int rowIndex(int inRegion, int y, int h) {
    return inRegion < 0 || inRegion >= h ? -1 : y + inRegion;
  }

  private int colIndex(int inRegion, int x, int w) {
    return inRegion < 0 || inRegion >= w ? -1 : x + inRegion;
  }

  private double sample(int row, int col, int ch) {
    return row < 0 || col < 0 ? 0 : rgb[(row * width + col) * 3 + ch] & 0xff;
  }
}
