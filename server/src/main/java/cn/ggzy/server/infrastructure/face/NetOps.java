package cn.ggzy.server.infrastructure.face;

import java.util.Arrays;

/**
 * The tfjs kernels the three nets use, on {@link FeatureMap}s (NHWC, batch of one) and filters in
 * tfjs's layouts: conv2d filters [kh, kw, in, out], depthwise filters [kh, kw, in, 1], fully
 * connected weights [in, out]. Padding follows TensorFlow: 'same' pads {@code max(0, (out−1)·stride
 * + k − in)} with the smaller half before; 'valid' none. Every call allocates its output, so the
 * kernels share nothing between threads.
 */
final class NetOps {
  /** What follows a convolution, applied in place. */
  enum Activation {
    NONE,
    RELU,
    /** tfjs's leaky ReLU of the tiny YOLO nets: {@code x < 0 ? 0.1·x : x}. */
    LEAKY
  }

  private NetOps() {}

  /** TensorFlow's output size for a padding mode. */
  static int outSize(int in, int k, int stride, boolean same) {
    return same ? (in + stride - 1) / stride : (in - k + stride) / stride;
  }

  /** The padding before the first element ('same' puts the odd pixel after). */
  static int padBefore(int in, int k, int stride, boolean same) {
    if (!same) {
      return 0;
    }
    int out = outSize(in, k, stride, true);
    return Math.max(0, (out - 1) * stride + k - in) / 2;
  }

  /** conv2d with bias: filters [k, k, in.channels, outChannels]. */
  static FeatureMap conv(FeatureMap in, float[] filters, float[] bias, int k, int stride, boolean same,
      Activation activation) {
    int cin = in.channels;
    int cout = bias.length;
    if (filters.length != k * k * cin * cout) {
      throw new IllegalArgumentException("filters " + filters.length + " for " + k + "x" + k + "x" + cin + "x" + cout);
    }
    int oh = outSize(in.height, k, stride, same);
    int ow = outSize(in.width, k, stride, same);
    int padTop = padBefore(in.height, k, stride, same);
    int padLeft = padBefore(in.width, k, stride, same);
    FeatureMap out = new FeatureMap(oh, ow, cout);
    float[] src = in.data;
    float[] dst = out.data;
    for (int oy = 0; oy < oh; oy++) {
      for (int ox = 0; ox < ow; ox++) {
        int o = (oy * ow + ox) * cout;
        System.arraycopy(bias, 0, dst, o, cout);
        for (int ky = 0; ky < k; ky++) {
          int iy = oy * stride - padTop + ky;
          if (iy < 0 || iy >= in.height) {
            continue;
          }
          for (int kx = 0; kx < k; kx++) {
            int ix = ox * stride - padLeft + kx;
            if (ix < 0 || ix >= in.width) {
              continue;
            }
            int i = (iy * in.width + ix) * cin;
            int f = (ky * k + kx) * cin * cout;
            for (int ci = 0; ci < cin; ci++, f += cout) {
              float v = src[i + ci];
              if (v == 0f) {
                continue;
              }
              for (int co = 0; co < cout; co++) {
                dst[o + co] += v * filters[f + co];
              }
            }
          }
        }
      }
    }
    activate(dst, activation);
    return out;
  }

  /**
   * tfjs's separableConv2d (depthwise [k, k, c, 1] with the stride, then pointwise [1, 1, c, out])
   * plus bias, 'same' or 'valid'.
   */
  static FeatureMap separableConv(FeatureMap in, float[] depthwise, float[] pointwise, float[] bias, int k,
      int stride, boolean same, Activation activation) {
    return conv(depthwise(in, depthwise, k, stride, same), pointwise, bias, 1, 1, false, activation);
  }

  /** Depthwise conv2d without bias: filters [k, k, c, 1]. */
  static FeatureMap depthwise(FeatureMap in, float[] filters, int k, int stride, boolean same) {
    int c = in.channels;
    int oh = outSize(in.height, k, stride, same);
    int ow = outSize(in.width, k, stride, same);
    int padTop = padBefore(in.height, k, stride, same);
    int padLeft = padBefore(in.width, k, stride, same);
    FeatureMap out = new FeatureMap(oh, ow, c);
    float[] src = in.data;
    float[] dst = out.data;
    for (int oy = 0; oy < oh; oy++) {
      for (int ox = 0; ox < ow; ox++) {
        int o = (oy * ow + ox) * c;
        for (int ky = 0; ky < k; ky++) {
          int iy = oy * stride - padTop + ky;
          if (iy < 0 || iy >= in.height) {
            continue;
          }
          for (int kx = 0; kx < k; kx++) {
            int ix = ox * stride - padLeft + kx;
            if (ix < 0 || ix >= in.width) {
              continue;
            }
            int i = (iy * in.width + ix) * c;
            int f = (ky * k + kx) * c;
            for (int ch = 0; ch < c; ch++) {
              dst[o + ch] += src[i + ch] * filters[f + ch];
            }
          }
        }
      }
    }
    return out;
  }

  /** Max pooling; 'same' windows ignore the padding. */
  static FeatureMap maxPool(FeatureMap in, int k, int stride, boolean same) {
    int c = in.channels;
    int oh = outSize(in.height, k, stride, same);
    int ow = outSize(in.width, k, stride, same);
    int padTop = padBefore(in.height, k, stride, same);
    int padLeft = padBefore(in.width, k, stride, same);
    FeatureMap out = new FeatureMap(oh, ow, c);
    float[] src = in.data;
    float[] dst = out.data;
    for (int oy = 0; oy < oh; oy++) {
      for (int ox = 0; ox < ow; ox++) {
        int o = (oy * ow + ox) * c;
        Arrays.fill(dst, o, o + c, Float.NEGATIVE_INFINITY);
        for (int ky = 0; ky < k; ky++) {
          int iy = oy * stride - padTop + ky;
          if (iy < 0 || iy >= in.height) {
            continue;
          }
          for (int kx = 0; kx < k; kx++) {
            int ix = ox * stride - padLeft + kx;
            if (ix < 0 || ix >= in.width) {
              continue;
            }
            int i = (iy * in.width + ix) * c;
            for (int ch = 0; ch < c; ch++) {
              dst[o + ch] = Math.max(dst[o + ch], src[i + ch]);
            }
          }
        }
      }
    }
    return out;
  }

  /** Average pooling, 'valid'. */
  static FeatureMap avgPoolValid(FeatureMap in, int k, int stride) {
    int c = in.channels;
    int oh = outSize(in.height, k, stride, false);
    int ow = outSize(in.width, k, stride, false);
    FeatureMap out = new FeatureMap(oh, ow, c);
    float[] src = in.data;
    float[] dst = out.data;
    float n = k * k;
    for (int oy = 0; oy < oh; oy++) {
      for (int ox = 0; ox < ow; ox++) {
        int o = (oy * ow + ox) * c;
        for (int ky = 0; ky < k; ky++) {
          for (int kx = 0; kx < k; kx++) {
            int i = ((oy * stride + ky) * in.width + ox * stride + kx) * c;
            for (int ch = 0; ch < c; ch++) {
              dst[o + ch] += src[i + ch];
            }
          }
        }
        for (int ch = 0; ch < c; ch++) {
          dst[o + ch] /= n;
        }
      }
    }
    return out;
  }

  /** Fully connected: weights [in, out] times the flattened map, plus bias (null for none). */
  static float[] dense(float[] x, float[] weights, float[] bias, int outputs) {
    float[] y = bias == null ? new float[outputs] : bias.clone();
    for (int i = 0; i < x.length; i++) {
      float v = x[i];
      int w = i * outputs;
      for (int o = 0; o < outputs; o++) {
        y[o] += v * weights[w + o];
      }
    }
    return y;
  }

  /** Element-wise sum into {@code a}. */
  static void addInPlace(float[] a, float[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
  }

  static void activate(float[] x, Activation activation) {
    if (activation == Activation.RELU) {
      for (int i = 0; i < x.length; i++) {
        if (x[i] < 0f) {
          x[i] = 0f;
        }
      }
    } else if (activation == Activation.LEAKY) {
      for (int i = 0; i < x.length; i++) {
        if (x[i] < 0f) {
          x[i] *= 0.1f;
        }
      }
    }
  }
}
