package cn.ggzy.server.domain.model.expert;

import java.time.LocalDate;

/** A qualification certificate (职称证、执业资格证…): its name, number and the last day it is valid (none: no expiry). */
public record Certificate(String name, String number, LocalDate validUntil) {
  public boolean validOn(LocalDate day) {
    return validUntil == null || !day.isAfter(validUntil);
  }
}
