// Generates server/src/test/resources/face/reference.json: what face-api itself (@vladmandic/face-api
// 1.7.15, its bundled tfjs on the pure-JS CPU backend) finds in the package's demo images, for
// ShippedFaceRecognitionTest to compare the Java forward passes with. Run from this folder:
//   npm ci && node reference.mjs > ../src/test/resources/face/reference.json
// (npm ci with the devDependencies: @cwasm/jpeg-turbo, libjpeg-turbo in wasm, decodes the JPEGs to the
// very pixels ImageIO's libjpeg gives the Java side; the build itself installs with --omit=dev.)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// The browser bundle (tfjs included) stubs Node's util module out, yet builds tfjs's Node platform
// from it on import: lend it TextEncoder for that moment, then hand the platform the real util.
const require = createRequire(import.meta.url);
const nodeUtil = require('node:util');
const jpeg = require('@cwasm/jpeg-turbo');
Object.defineProperty(Object.prototype, 'TextEncoder', { value: TextEncoder, configurable: true });
const faceapi = await import('@vladmandic/face-api/dist/face-api.esm.js');
delete Object.prototype.TextEncoder;
faceapi.tf.env().platform.util = nodeUtil;

const pkg = 'node_modules/@vladmandic/face-api';
const tf = faceapi.tf;
await tf.setBackend('cpu');
await tf.ready();

// the bundle's own loader wants fetch: read the weights from disk instead
const loadNet = async (net, name) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(pkg, 'model', `${name}-weights_manifest.json`), 'utf8'));
  const buffers = manifest.flatMap((group) => group.paths.map((p) => fs.readFileSync(path.join(pkg, 'model', p))));
  const all = Buffer.concat(buffers);
  const specs = manifest.flatMap((group) => group.weights);
  const weightMap = tf.io.decodeWeights(all.buffer.slice(all.byteOffset, all.byteOffset + all.length), specs);
  net.loadFromWeightMap(weightMap);
};
await loadNet(faceapi.nets.tinyFaceDetector, 'tiny_face_detector_model');
await loadNet(faceapi.nets.faceLandmark68Net, 'face_landmark_68_model');
await loadNet(faceapi.nets.faceRecognitionNet, 'face_recognition_model');

const round = (v, d) => Number(v.toFixed(d));
const images = [];
const files = process.argv.length > 2 ? process.argv.slice(2)
  : fs.readdirSync(path.join(pkg, 'demo')).filter((f) => /^sample\d+\.jpg$/.test(f)).sort().map((f) => path.join(pkg, 'demo', f));
for (const file of files) {
  const { width, height, data: rgba } = jpeg.decode(fs.readFileSync(file));
  const data = new Int32Array(width * height * 3);
  for (let p = 0; p < width * height; p += 1) {
    for (let c = 0; c < 3; c += 1) data[p * 3 + c] = rgba[p * 4 + c];
  }
  const input = tf.tensor3d(data, [height, width, 3], 'int32');
  const results = await faceapi
    .detectAllFaces(input, new faceapi.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: 0.5 }))
    .withFaceLandmarks()
    .withFaceDescriptors();
  input.dispose();
  results.sort((a, b) => b.detection.box.area - a.detection.box.area);
  images.push({
    file: path.basename(file),
    width,
    height,
    faces: results.map((r) => ({
      score: round(r.detection.score, 4),
      box: ['x', 'y', 'width', 'height'].map((k) => round(r.detection.box[k], 2)),
      landmarks: r.landmarks.positions.map((p) => [round(p.x, 2), round(p.y, 2)]),
      alignedBox: ['x', 'y', 'width', 'height'].map((k) => round(r.alignedRect.box[k], 2)),
      descriptor: Array.from(r.descriptor).map((v) => round(v, 5)),
    })),
  });
}
process.stdout.write(JSON.stringify({
  generator: 'server/face-model/reference.mjs',
  model: `@vladmandic/face-api ${JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version}, tfjs ${tf.version_core} backend ${tf.getBackend()}`,
  decoder: '@cwasm/jpeg-turbo 0.1.3 (RGB, no EXIF rotation)',
  detector: 'TinyFaceDetector inputSize 416, scoreThreshold 0.5',
  images,
}, null, 0).replace(/\{"file"/g, '\n{"file"') + '\n');
