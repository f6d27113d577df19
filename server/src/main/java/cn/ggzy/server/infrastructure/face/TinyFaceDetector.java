package cn.ggzy.server.infrastructure.face;

import cn.ggzy.server.infrastructure.face.NetOps.Activation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * face-api's TinyFaceDetector (a tiny YOLO v2 with depthwise separable convolutions, one class,
 * five anchors): the image padded at its right or bottom to a square, resized to {@code inputSize},
 * a 3×3 conv then five separable convs with max pooling, and a 1×1 conv to a grid of
 * {@code inputSize/32} cells × 5 boxes; boxes scored above the threshold, then non-maximum
 * suppression at IoU 0.4.
 */
final class TinyFaceDetector {
  static final int DEFAULT_INPUT_SIZE = 416;
  static final double DEFAULT_SCORE_THRESHOLD = 0.5;
  private static final double IOU_THRESHOLD = 0.4;
  private static final double[][] ANCHORS = {
    {1.603231, 2.094468}, {6.041143, 7.080126}, {2.882459, 3.518061}, {4.266906, 5.178857}, {9.041765, 10.66308},
  };
  private static final float[] MEAN_RGB = {117.001f, 114.697f, 97.404f};
  private static final int BOX_ENCODING = 5;

  /** A detection in the image's pixels. */
  record Detection(double score, double x, double y, double width, double height) {}

  private final float[] conv0Filters;
  private final float[] conv0Bias;
  private final float[][] depthwise = new float[6][];
  private final float[][] pointwise = new float[6][];
  private final float[][] bias = new float[6][];
  private final float[] conv8Filters;
  private final float[] conv8Bias;

  TinyFaceDetector(TfjsWeights weights) {
    conv0Filters = weights.get("conv0/filters", 3, 3, 3, 16);
    conv0Bias = weights.get("conv0/bias", 16);
    for (int i = 1; i <= 5; i++) {
      depthwise[i] = weights.get("conv" + i + "/depthwise_filter");
      pointwise[i] = weights.get("conv" + i + "/pointwise_filter");
      bias[i] = weights.get("conv" + i + "/bias");
    }
    conv8Filters = weights.get("conv8/filters", 1, 1, 512, ANCHORS.length * BOX_ENCODING);
    conv8Bias = weights.get("conv8/bias", ANCHORS.length * BOX_ENCODING);
  }

  static TinyFaceDetector load(String folder) {
    return new TinyFaceDetector(TfjsWeights.load(folder, "tiny_face_detector_model"));
  }

  /** The faces in the image, as face-api's {@code detectAllFaces} with TinyFaceDetectorOptions finds them. */
  List<Detection> detect(RgbImage image, int inputSize, double scoreThreshold) {
    if (inputSize % 32 != 0) {
      throw new IllegalArgumentException("inputSize must be a multiple of 32");
    }
    FeatureMap x = image.netInput(0, 0, image.width, image.height, inputSize, false, MEAN_RGB);
    FeatureMap out = forward(x);
    return boxes(out, image.width, image.height, inputSize, scoreThreshold);
  }

  FeatureMap forward(FeatureMap x) {
    FeatureMap out = NetOps.conv(x, conv0Filters, conv0Bias, 3, 1, false, Activation.LEAKY);
    for (int i = 1; i <= 5; i++) {
      out = NetOps.maxPool(out, 2, 2, true);
      out = NetOps.separableConv(out, depthwise[i], pointwise[i], bias[i], 3, 1, true, Activation.LEAKY);
    }
    out = NetOps.maxPool(out, 2, 1, true);
    return NetOps.conv(out, conv8Filters, conv8Bias, 1, 1, false, Activation.NONE);
  }

  private static List<Detection> boxes(FeatureMap out, int imageWidth, int imageHeight, int inputSize,
      double scoreThreshold) {
    double scale = (double) inputSize / Math.max(imageWidth, imageHeight);
    double reshapedWidth = Math.round(imageWidth * scale);
    double reshapedHeight = Math.round(imageHeight * scale);
    double size = Math.max(reshapedWidth, reshapedHeight);
    double correctionX = size / reshapedWidth;
    double correctionY = size / reshapedHeight;
    int cells = out.height;
    List<double[]> candidates = new ArrayList<>();
    for (int row = 0; row < cells; row++) {
      for (int col = 0; col < cells; col++) {
        for (int anchor = 0; anchor < ANCHORS.length; anchor++) {
          int base = (row * cells + col) * out.channels + anchor * BOX_ENCODING;
          float[] d = out.data;
          double score = sigmoid(d[base + 4]);
          if (score > scoreThreshold) {
            double ctX = ((col + sigmoid(d[base])) / cells) * correctionX;
            double ctY = ((row + sigmoid(d[base + 1])) / cells) * correctionY;
            double w = ((Math.exp(d[base + 2]) * ANCHORS[anchor][0]) / cells) * correctionX;
            double h = ((Math.exp(d[base + 3]) * ANCHORS[anchor][1]) / cells) * correctionY;
            double x = ctX - w / 2;
            double y = ctY - h / 2;
            // relative left, top, right, bottom, score
            candidates.add(new double[] {x, y, x + w, y + h, score});
          }
        }
      }
    }
    List<Detection> detections = new ArrayList<>();
    for (double[] c : nonMaxSuppression(candidates, inputSize)) {
      double left = c[0] * imageWidth;
      double top = c[1] * imageHeight;
      detections.add(new Detection(c[4], left, top, (c[2] - c[0]) * imageWidth, (c[3] - c[1]) * imageHeight));
    }
    return detections;
  }

  /** face-api's nonMaxSuppression: highest score first, dropping boxes overlapping a kept one by IoU > 0.4. */
  private static List<double[]> nonMaxSuppression(List<double[]> candidates, int inputSize) {
    List<double[]> remaining = new ArrayList<>(candidates);
    // a stable sort ascending, taken from the end, as face-api pops its sorted indices
    remaining.sort(Comparator.comparingDouble(c -> c[4]));
    List<double[]> picked = new ArrayList<>();
    while (!remaining.isEmpty()) {
      double[] current = remaining.remove(remaining.size() - 1);
      picked.add(current);
      remaining.removeIf(other -> iou(current, other, inputSize) > IOU_THRESHOLD);
    }
    return picked;
  }

  private static double iou(double[] a, double[] b, int s) {
    double w = Math.max(0, Math.min(a[2] * s, b[2] * s) - Math.max(a[0] * s, b[0] * s));
    double h = Math.max(0, Math.min(a[3] * s, b[3] * s) - Math.max(a[1] * s, b[1] * s));
    double inter = w * h;
    double areaA = (a[2] * s - a[0] * s) * (a[3] * s - a[1] * s);
    double areaB = (b[2] * s - b[0] * s) * (b[3] * s - b[1] * s);
    return inter / (areaA + areaB - inter);
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
