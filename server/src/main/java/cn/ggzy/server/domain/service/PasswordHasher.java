package cn.ggzy.server.domain.service;

/** Hashes and verifies passwords with a vetted, salted, slow algorithm. */
public interface PasswordHasher {
  String hash(char[] password);

  boolean verify(char[] password, String hash);
}
