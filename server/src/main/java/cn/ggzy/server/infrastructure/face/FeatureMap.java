package cn.ggzy.server.infrastructure.face;

/** One image or activation map of a batch of one, channels last (NHWC, as tfjs keeps it): index (y·width + x)·channels + c. */
final class FeatureMap {
  final int height;
  final int width;
  final int channels;
  final float[] data;

  FeatureMap(int height, int width, int channels) {
    this(height, width, channels, new float[height * width * channels]);
  }

  FeatureMap(int height, int width, int channels, float[] data) {
    if (data.length != height * width * channels) {
      throw new IllegalArgumentException("size " + data.length + " is not " + height + "x" + width + "x" + channels);
    }
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.data = data;
  }
}
