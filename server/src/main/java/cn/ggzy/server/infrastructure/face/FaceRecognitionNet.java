package cn.ggzy.server.infrastructure.face;

import cn.ggzy.server.infrastructure.face.NetOps.Activation;

/**
 * face-api's FaceRecognitionNet, the port of dlib's {@code dlib_face_recognition_resnet_model_v1}
 * (a ResNet-34 with fewer filters): the aligned face box, zero-padded to a centred square and
 * resized to 150×150, normalised by the per-channel mean, then a 7×7/2 conv, a 3×3/2 max pool, residual
 * blocks of 32, 64, 128 and 256 filters (each conv followed by dlib's affine "scale layer"), a
 * global average and a 256→128 fully connected layer: the face descriptor, compared by Euclidean
 * distance.
 */
final class FaceRecognitionNet {
  static final int INPUT_SIZE = 150;
  static final int DESCRIPTOR_SIZE = 128;
  private static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};

  /** A conv followed by its scale layer, folded: filters·s and (bias·s + b). */
  private record ScaledConv(float[] filters, float[] bias, int k) {
    static ScaledConv of(TfjsWeights weights, String prefix) {
      float[] filters = weights.get(prefix + "/conv/filters");
      float[] bias = weights.get(prefix + "/conv/bias");
      float[] scale = weights.get(prefix + "/scale/weights");
      float[] shift = weights.get(prefix + "/scale/biases");
      int k = weights.shape(prefix + "/conv/filters")[0];
      int cout = bias.length;
      float[] folded = new float[filters.length];
      for (int i = 0; i < filters.length; i++) {
        folded[i] = filters[i] * scale[i % cout];
      }
      float[] foldedBias = new float[cout];
      for (int c = 0; c < cout; c++) {
        foldedBias[c] = bias[c] * scale[c] + shift[c];
      }
      return new ScaledConv(folded, foldedBias, k);
    }

    FeatureMap apply(FeatureMap x, int stride, boolean same, Activation activation) {
      return NetOps.conv(x, filters, bias, k, stride, same, activation);
    }
  }

  private record Residual(ScaledConv conv1, ScaledConv conv2, boolean down) {}

  private static final String[] BLOCKS = {
    "conv32_1", "conv32_2", "conv32_3",
    "conv64_down", "conv64_1", "conv64_2", "conv64_3",
    "conv128_down", "conv128_1", "conv128_2",
    "conv256_down", "conv256_1", "conv256_2", "conv256_down_out",
  };

  private final ScaledConv first;
  private final Residual[] blocks = new Residual[BLOCKS.length];
  private final float[] fc;

  FaceRecognitionNet(TfjsWeights weights) {
    first = ScaledConv.of(weights, "conv32_down");
    for (int i = 0; i < BLOCKS.length; i++) {
      blocks[i] = new Residual(ScaledConv.of(weights, BLOCKS[i] + "/conv1"), ScaledConv.of(weights, BLOCKS[i] + "/conv2"),
          BLOCKS[i].contains("down"));
    }
    fc = weights.get("fc", 256, DESCRIPTOR_SIZE);
  }

  static FaceRecognitionNet load(String folder) {
    return new FaceRecognitionNet(TfjsWeights.load(folder, "face_recognition_model"));
  }

  /** The descriptor of the face in the image region {@code [x, x+w) × [y, y+h)}. */
  float[] descriptor(RgbImage image, int x, int y, int w, int h) {
    return forward(image.netInput(x, y, w, h, INPUT_SIZE, true, MEAN_RGB));
  }

  float[] forward(FeatureMap input) {
    FeatureMap out = first.apply(input, 2, false, Activation.RELU);
    out = NetOps.maxPool(out, 3, 2, false);
    for (Residual block : blocks) {
      out = block.down() ? residualDown(out, block) : residual(out, block);
    }
    int c = out.channels;
    float[] mean = new float[c];
    int pixels = out.height * out.width;
    for (int p = 0; p < pixels; p++) {
      for (int ch = 0; ch < c; ch++) {
        mean[ch] += out.data[p * c + ch];
      }
    }
    for (int ch = 0; ch < c; ch++) {
      mean[ch] /= pixels;
    }
    return NetOps.dense(mean, fc, null, DESCRIPTOR_SIZE);
  }

  private static FeatureMap residual(FeatureMap x, Residual block) {
    FeatureMap out = block.conv1().apply(x, 1, true, Activation.RELU);
    out = block.conv2().apply(out, 1, true, Activation.NONE);
    NetOps.addInPlace(out.data, x.data);
    NetOps.activate(out.data, Activation.RELU);
    return out;
  }

  /**
   * The downsampling block: conv 3×3/2 'valid', conv 3×3 'same', plus the input average-pooled 2×2/2
   * with its channels doubled by zeros; where the conv path came out one smaller, face-api pads it
   * with a zero row and column at the end.
   */
  private static FeatureMap residualDown(FeatureMap x, Residual block) {
    FeatureMap out = block.conv1().apply(x, 2, false, Activation.RELU);
    out = block.conv2().apply(out, 1, true, Activation.NONE);
    FeatureMap pooled = NetOps.avgPoolValid(x, 2, 2);
    int h = pooled.height;
    int w = pooled.width;
    int c = out.channels;
    boolean adjust = out.height != h || out.width != w;
    if (adjust && (out.height + 1 != h || out.width + 1 != w)) {
      throw new IllegalStateException("residual shapes " + out.height + "x" + out.width + " vs " + h + "x" + w);
    }
    FeatureMap sum = new FeatureMap(h, w, c);
    for (int yy = 0; yy < h; yy++) {
      for (int xx = 0; xx < w; xx++) {
        int d = (yy * w + xx) * c;
        boolean inOut = yy < out.height && xx < out.width;
        int o = (yy * out.width + xx) * c;
        int p = (yy * w + xx) * pooled.channels;
        for (int ch = 0; ch < c; ch++) {
          float pv = ch < pooled.channels ? pooled.data[p + ch] : 0f;
          float ov = inOut ? out.data[o + ch] : 0f;
          float v = pv + ov;
          sum.data[d + ch] = v < 0f ? 0f : v;
        }
      }
    }
    return sum;
  }
}
