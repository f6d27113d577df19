package cn.ggzy.server.infrastructure.face;

import cn.ggzy.server.infrastructure.face.NetOps.Activation;

/**
 * face-api's FaceLandmark68Net: the face's box, zero-padded to a centred square and resized to
 * 112×112, through four dense blocks of depthwise separable convolutions (each halving the size),
 * a 7×7 average pool and a fully connected layer to 68 (x, y) pairs relative to the padded square.
 */
final class FaceLandmark68Net {
  static final int INPUT_SIZE = 112;
  private static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};

  private final float[] firstFilters;
  private final float[] firstBias;
  /** [block][conv] depthwise, pointwise, bias (block 0 conv 0 is the plain conv above). */
  private final float[][][] depthwise = new float[4][4][];
  private final float[][][] pointwise = new float[4][4][];
  private final float[][][] bias = new float[4][4][];
  private final float[] fcWeights;
  private final float[] fcBias;

  FaceLandmark68Net(TfjsWeights weights) {
    firstFilters = weights.get("dense0/conv0/filters", 3, 3, 3, 32);
    firstBias = weights.get("dense0/conv0/bias", 32);
    for (int block = 0; block < 4; block++) {
      for (int conv = block == 0 ? 1 : 0; conv < 4; conv++) {
        String prefix = "dense" + block + "/conv" + conv + "/";
        depthwise[block][conv] = weights.get(prefix + "depthwise_filter");
        pointwise[block][conv] = weights.get(prefix + "pointwise_filter");
        bias[block][conv] = weights.get(prefix + "bias");
      }
    }
    fcWeights = weights.get("fc/weights", 256, 136);
    fcBias = weights.get("fc/bias", 136);
  }

  static FaceLandmark68Net load(String folder) {
    return new FaceLandmark68Net(TfjsWeights.load(folder, "face_landmark_68_model"));
  }

  /**
   * The 68 landmarks of the face in the image region {@code [x, x+w) × [y, y+h)}, as
   * {x0, y0, x1, y1, …} in pixels relative to the region's top left corner.
   */
  double[] landmarks(RgbImage image, int x, int y, int w, int h) {
    FeatureMap input = image.netInput(x, y, w, h, INPUT_SIZE, true, MEAN_RGB);
    float[] out = forward(input);
    double scale = (double) INPUT_SIZE / Math.max(w, h);
    double scaledW = w * scale;
    double scaledH = h * scale;
    double padX = scaledW < scaledH ? Math.abs(scaledW - scaledH) / 2 : 0;
    double padY = scaledH < scaledW ? Math.abs(scaledW - scaledH) / 2 : 0;
    double[] points = new double[136];
    for (int i = 0; i < 68; i++) {
      // face-api: (out·112 − pad) / scaled size is relative to the region, then times its size
      float relX = (out[2 * i] * INPUT_SIZE - (float) padX) / (float) scaledW;
      float relY = (out[2 * i + 1] * INPUT_SIZE - (float) padY) / (float) scaledH;
      points[2 * i] = relX * (double) w;
      points[2 * i + 1] = relY * (double) h;
    }
    return points;
  }

  float[] forward(FeatureMap input) {
    FeatureMap out = input;
    for (int block = 0; block < 4; block++) {
      out = denseBlock(out, block);
    }
    out = NetOps.avgPoolValid(out, 7, 2);
    return NetOps.dense(out.data, fcWeights, fcBias, 136);
  }

  private FeatureMap denseBlock(FeatureMap x, int block) {
    FeatureMap out1 = block == 0
        ? NetOps.conv(x, firstFilters, firstBias, 3, 2, true, Activation.RELU)
        : NetOps.separableConv(x, depthwise[block][0], pointwise[block][0], bias[block][0], 3, 2, true,
            Activation.RELU);
    FeatureMap out2 = separable(out1, block, 1);
    FeatureMap in3 = sumRelu(out1, out2, null, null);
    FeatureMap out3 = separable(in3, block, 2);
    FeatureMap in4 = sumRelu(out1, out2, out3, null);
    FeatureMap out4 = separable(in4, block, 3);
    return sumRelu(out1, out2, out3, out4);
  }

  private FeatureMap separable(FeatureMap x, int block, int conv) {
    return NetOps.separableConv(x, depthwise[block][conv], pointwise[block][conv], bias[block][conv], 3, 1, true,
        Activation.NONE);
  }

  /** relu(a + (b + (c + d))), summed in face-api's order. */
  private static FeatureMap sumRelu(FeatureMap a, FeatureMap b, FeatureMap c, FeatureMap d) {
    float[] out = new float[a.data.length];
    for (int i = 0; i < out.length; i++) {
      float inner = b.data[i];
      if (c != null) {
        float cd = d == null ? c.data[i] : c.data[i] + d.data[i];
        inner = b.data[i] + cd;
      }
      float v = a.data[i] + inner;
      out[i] = v < 0f ? 0f : v;
    }
    return new FeatureMap(a.height, a.width, a.channels, out);
  }
}
