/**
 * Face recognition in plain Java: face-api 1.7.15's TinyFaceDetector, FaceLandmark68Net and
 * FaceRecognitionNet (dlib's ResNet-34 descriptor) on their own tfjs weights, which the build copies
 * from the npm package into {@code face/} on the class path; a small NHWC conv engine, the weight
 * loader, ImageIO decoding with EXIF orientation. Checked against face-api itself by
 * ShippedFaceRecognitionTest; docs/face-recognition.md.
 */
package cn.ggzy.server.infrastructure.face;
