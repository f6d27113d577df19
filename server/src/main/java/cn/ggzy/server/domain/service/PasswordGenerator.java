package cn.ggzy.server.domain.service;

import java.security.SecureRandom;

/** Generates initial passwords that satisfy the password policy and are easy to read aloud. */
public final class PasswordGenerator {
  private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordGenerator() {}

  public static String generate(int length) {
    if (length < 4) {
      throw new IllegalArgumentException("length");
    }
    String all = LETTERS + DIGITS;
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      String from = i % 4 == 3 ? DIGITS : all;
      sb.append(from.charAt(RANDOM.nextInt(from.length())));
    }
    return sb.toString();
  }
}
