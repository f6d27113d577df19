package cn.ggzy.server.infrastructure.face;

/**
 * The EXIF orientation (1–8, 1 when absent or unreadable) of a JPEG: phones store the sensor's
 * pixels and say in APP1 how to turn them. Reads only what it needs and never throws.
 */
final class ExifOrientation {
  private ExifOrientation() {}

  static int of(byte[] jpeg) {
    try {
      return read(jpeg);
    } catch (RuntimeException e) {
      return 1;
    }
  }

  private static int read(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
      return 1;
    }
    int pos = 2;
    while (pos + 4 <= b.length) {
      if ((b[pos] & 0xff) != 0xFF) {
        return 1;
      }
      int marker = b[pos + 1] & 0xff;
      if (marker == 0xDA || marker == 0xD9) {
        return 1;
      }
      int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
      int start = pos + 4;
      if (marker == 0xE1 && length >= 8 && b[start] == 'E' && b[start + 1] == 'x' && b[start + 2] == 'i'
          && b[start + 3] == 'f' && b[start + 4] == 0 && b[start + 5] == 0) {
        return tiff(b, start + 6, pos + 2 + length);
      }
      pos += 2 + length;
    }
    return 1;
  }

  private static int tiff(byte[] b, int base, int end) {
    boolean little = b[base] == 'I';
    int ifd = base + u32(b, base + 4, little);
    int entries = u16(b, ifd, little);
    for (int i = 0; i < entries; i++) {
      int e = ifd + 2 + i * 12;
      if (e + 12 > end) {
        return 1;
      }
      if (u16(b, e, little) == 0x0112) {
        int value = u16(b, e + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int p, boolean little) {
    return little ? (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 : (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
  }

  private static int u32(byte[] b, int p, boolean little) {
    return little ? u16(b, p, true) | u16(b, p + 2, true) << 16 : u16(b, p, false) << 16 | u16(b, p + 2, false);
  }
}
