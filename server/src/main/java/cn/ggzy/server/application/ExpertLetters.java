package cn.ggzy.server.application;

import java.time.LocalDate;

/** The letters of the expert pool as PDF in Chinese. */
public interface ExpertLetters {
  /** 关于提请取消评标专家资格的函: addressed to the body that keeps the qualification. */
  byte[] disqualification(DisqualificationLetter letter);

  /** What the letter says; the resident ID in full, for the addressee to identify the person. */
  record DisqualificationLetter(String number, String addressee, String expertName, String residentId,
      String employer, String caseNumber, String facts, String legalBasis, String officeName, LocalDate issuedOn) {}
}
