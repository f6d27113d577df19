package cn.ggzy.server.infrastructure.face;

import cn.ggzy.server.domain.model.site.Face;
import cn.ggzy.server.domain.service.FaceRecognition;
import cn.ggzy.server.infrastructure.face.TinyFaceDetector.Detection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The face recognition shipped in the jar: face-api 1.7.15's TinyFaceDetector, FaceLandmark68Net and
 * FaceRecognitionNet (dlib's ResNet-34 descriptor) run in plain Java on the model's own weights,
 * which the build copies from the npm package into {@code face/} on the class path. It follows
 * face-api's {@code detectAllFaces(…).withFaceLandmarks().withFaceDescriptors()}: detect (input 416,
 * score > 0.5), landmarks on each detection's box, then the descriptor of the square dlib's
 * alignment places on the eyes and the mouth. The weights (about 7 MB, 40 MB as floats) load once, on first use.
 */
@ApplicationScoped
public class ShippedFaceRecognition implements FaceRecognition {
  /** Where the build puts the weights on the class path. */
  static final String MODEL_FOLDER = "face";
  static final String MODEL = "face-api 1.7.15 (@vladmandic/face-api, MIT): TinyFaceDetector + FaceLandmark68Net"
      + " + FaceRecognitionNet (dlib ResNet-34 dlib_face_recognition_resnet_model_v1, CC0)";
  /**
   * Tighter than the 0.6 of dlib and of face-api's FaceMatcher: dlib's 0.6 goes with its own
   * alignment (a chip rotated and scaled on five landmarks), while face-api crops an unrotated square,
   * which brings different people closer. On the labelled pairs of server/bench/face.sh, 0.6 accepts
   * 10 % of the impostor pairs, 0.5 about 0.2 % while rejecting about 0.25 % of the genuine ones; a
   * false reject costs a retaken photo, a false accept a check-in by someone else
   * (docs/face-recognition.md).
   */
  static final double THRESHOLD = 0.5;
  /** At most this many faces, the largest, get landmarks and descriptors: it bounds a photo's cost. */
  static final int MAX_FACES = 10;

  private volatile Nets nets;

  /** For CDI; the weights load on first use. */
  protected ShippedFaceRecognition() {}

  /** An instance outside CDI (tests, benchmarks); the weights load on first use. */
  public static ShippedFaceRecognition create() {
    return new ShippedFaceRecognition();
  }

  /** Loads the weights now (when not loaded yet), e.g. to keep the first check-in fast. */
  public void warmUp() {
    nets();
  }

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public List<Face> faces(byte[] image) {
    return faces(image, MAX_FACES);
  }

  @Override
  public List<Face> faces(byte[] image, int described) {
    RgbImage rgb = RgbImage.decode(image);
    Nets n = nets();
    List<Detection> detections = new ArrayList<>(n.detector.detect(rgb, TinyFaceDetector.DEFAULT_INPUT_SIZE,
        TinyFaceDetector.DEFAULT_SCORE_THRESHOLD));
    detections.sort(Comparator.comparingDouble((Detection d) -> d.width() * d.height()).reversed());
    List<Face> faces = new ArrayList<>();
    for (Detection detection : detections) {
      if (faces.size() == MAX_FACES) {
        break;
      }
      Face face = faces.size() < described ? describe(n, rgb, detection) : new Face(detection.score(),
          new Face.Box(detection.x(), detection.y(), detection.width(), detection.height()), List.of(), new float[0]);
      if (face != null) {
        faces.add(face);
      }
    }
    return List.copyOf(faces);
  }

  @Override
  public double distance(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("descriptors of " + a.length + " and " + b.length + " values");
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  @Override
  public double threshold() {
    return THRESHOLD;
  }

  private static Face describe(Nets n, RgbImage image, Detection detection) {
    int[] crop = clip(detection.x(), detection.y(), detection.width(), detection.height(), image);
    if (crop == null) {
      return null;
    }
    double[] points = n.landmarks.landmarks(image, crop[0], crop[1], crop[2], crop[3]);
    // face-api shifts by the detection's own corner (the crop starts at its floor); by the clipped one
    // when the box leaves the image, where face-api's would be off by the clipped part
    double shiftX = Math.max(detection.x(), 0);
    double shiftY = Math.max(detection.y(), 0);
    List<Face.Point> landmarks = new ArrayList<>(68);
    for (int i = 0; i < 68; i++) {
      points[2 * i] += shiftX;
      points[2 * i + 1] += shiftY;
      landmarks.add(new Face.Point(points[2 * i], points[2 * i + 1]));
    }
    int[] aligned = dlibAlignedBox(points);
    int[] faceCrop = clip(aligned[0], aligned[1], aligned[2], aligned[3], image);
    float[] descriptor = faceCrop == null ? new float[FaceRecognitionNet.DESCRIPTOR_SIZE]
        : n.recognition.descriptor(image, faceCrop[0], faceCrop[1], faceCrop[2], faceCrop[3]);
    return new Face(detection.score(),
        new Face.Box(detection.x(), detection.y(), detection.width(), detection.height()), landmarks, descriptor);
  }

  /**
   * The square face-api crops for the descriptor ({@code FaceLandmarks.align(null, {useDlibAlignment:
   * true})}): its side the mean distance from the eyes' centres to the mouth's over 0.45, placed so that
   * the centre of eyes and mouth falls at (0.5, 0.43) of it: {x, y, side, side}, in whole pixels.
   */
  static int[] dlibAlignedBox(double[] points) {
    double[] left = centre(points, 36, 42);
    double[] right = centre(points, 42, 48);
    double[] mouth = centre(points, 48, 68);
    double eyeToMouth = (Math.hypot(mouth[0] - left[0], mouth[1] - left[1])
        + Math.hypot(mouth[0] - right[0], mouth[1] - right[1])) / 2;
    int size = (int) Math.floor(eyeToMouth / 0.45);
    double refX = (left[0] + right[0] + mouth[0]) / 3;
    double refY = (left[1] + right[1] + mouth[1]) / 3;
    int x = (int) Math.floor(Math.max(0, refX - 0.5 * size));
    int y = (int) Math.floor(Math.max(0, refY - 0.43 * size));
    return new int[] {x, y, size, size};
  }

  private static double[] centre(double[] points, int from, int to) {
    double x = 0;
    double y = 0;
    for (int i = from; i < to; i++) {
      x += points[2 * i];
      y += points[2 * i + 1];
    }
    return new double[] {x / (to - from), y / (to - from)};
  }

  /** face-api's {@code Box.clipAtImageBorders(…).floor()}: {x, y, w, h}, or null when nothing is left. */
  static int[] clip(double x, double y, double w, double h, RgbImage image) {
    double cx = Math.max(x, 0);
    double cy = Math.max(y, 0);
    double cw = Math.min(x + w - cx, image.width - cx);
    double ch = Math.min(y + h - cy, image.height - cy);
    int[] box = {(int) Math.floor(cx), (int) Math.floor(cy), (int) Math.floor(cw), (int) Math.floor(ch)};
    if (box[2] <= 0 || box[3] <= 0) {
      return null;
    }
    // the floor of the size may still reach one past the edge after the floor of the corner
    box[2] = Math.min(box[2], image.width - box[0]);
    box[3] = Math.min(box[3], image.height - box[1]);
    return box;
  }

  private Nets nets() {
    Nets n = nets;
    if (n == null) {
      synchronized (this) {
        n = nets;
        if (n == null) {
          n = new Nets(TinyFaceDetector.load(MODEL_FOLDER), FaceLandmark68Net.load(MODEL_FOLDER),
              FaceRecognitionNet.load(MODEL_FOLDER));
          nets = n;
        }
      }
    }
    return n;
  }

  /** The three nets, immutable once loaded. */
  private record Nets(TinyFaceDetector detector, FaceLandmark68Net landmarks, FaceRecognitionNet recognition) {}
}
