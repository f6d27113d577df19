package cn.ggzy.server.infrastructure.face;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One tfjs model's weights read from the class path: {@code NAME-weights_manifest.json} and the
 * binary shards it lists, in the manifest's order. A weight is float32 (little-endian) or, where the
 * manifest gives a {@code quantization}, uint8/uint16 dequantized as tfjs does ({@code q·scale + min}).
 */
final class TfjsWeights {
  private final String model;
  private final Map<String, float[]> values;
  private final Map<String, int[]> shapes;

  private TfjsWeights(String model, Map<String, float[]> values, Map<String, int[]> shapes) {
    this.model = model;
    this.values = values;
    this.shapes = shapes;
  }

  /** Reads {@code folder/model-weights_manifest.json} and its shards from the class path. */
  @SuppressWarnings("unchecked")
  static TfjsWeights load(String folder, String model) {
    String manifestName = folder + "/" + model + "-weights_manifest.json";
    List<Object> groups = (List<Object>) MiniJson.parse(new String(read(manifestName), StandardCharsets.UTF_8));
    Map<String, float[]> values = new HashMap<>();
    Map<String, int[]> shapes = new HashMap<>();
    for (Object g : groups) {
      Map<String, Object> group = (Map<String, Object>) g;
      ByteBuffer buffer = shards(folder, (List<Object>) group.get("paths"));
      for (Object w : (List<Object>) group.get("weights")) {
        Map<String, Object> weight = (Map<String, Object>) w;
        String name = (String) weight.get("name");
        List<Object> shapeList = (List<Object>) weight.get("shape");
        int[] shape = new int[shapeList.size()];
        int size = 1;
        for (int i = 0; i < shape.length; i++) {
          shape[i] = ((Double) shapeList.get(i)).intValue();
          size *= shape[i];
        }
        if (!"float32".equals(weight.get("dtype"))) {
          throw new IllegalStateException(manifestName + ": " + name + " is " + weight.get("dtype"));
        }
        float[] data = new float[size];
        Map<String, Object> quantization = (Map<String, Object>) weight.get("quantization");
        if (quantization == null) {
          for (int i = 0; i < size; i++) {
            data[i] = buffer.getFloat();
          }
        } else {
          double scale = (Double) quantization.get("scale");
          double min = (Double) quantization.get("min");
          String qtype = (String) quantization.get("dtype");
          for (int i = 0; i < size; i++) {
            int q = switch (qtype) {
              case "uint8" -> buffer.get() & 0xff;
              case "uint16" -> buffer.getShort() & 0xffff;
              default -> throw new IllegalStateException(manifestName + ": quantization " + qtype);
            };
            data[i] = (float) (q * scale + min);
          }
        }
        values.put(name, data);
        shapes.put(name, shape);
      }
      if (buffer.hasRemaining()) {
        throw new IllegalStateException(manifestName + ": " + buffer.remaining() + " bytes left over");
      }
    }
    return new TfjsWeights(model, values, shapes);
  }

  /** The weight's values (row-major in its tfjs shape); fails if absent or of another shape. */
  float[] get(String name, int... shape) {
    float[] v = values.get(name);
    if (v == null) {
      throw new IllegalStateException(model + ": no weight " + name);
    }
    int[] actual = shapes.get(name);
    if (shape.length > 0 && !Arrays.equals(actual, shape)) {
      throw new IllegalStateException(model + ": " + name + " has shape " + Arrays.toString(actual));
    }
    return v;
  }

  int[] shape(String name) {
    get(name);
    return shapes.get(name).clone();
  }

  private static ByteBuffer shards(String folder, List<Object> paths) {
    byte[][] parts = new byte[paths.size()][];
    int total = 0;
    for (int i = 0; i < parts.length; i++) {
      parts[i] = read(folder + "/" + paths.get(i));
      total += parts[i].length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    for (byte[] part : parts) {
      buffer.put(part);
    }
    return buffer.flip();
  }

  private static byte[] read(String resource) {
    try (InputStream in = TfjsWeights.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("face model resource missing from the class path: " + resource
            + " (the build copies it from server/face-model/node_modules)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
