package cn.ggzy.mobileapi.reviews;

import cn.ggzy.server.application.Caller;
import cn.ggzy.server.application.DocumentReviews;
import java.util.List;

/** The review port as the faces see it, refusing every call: a test overrides the calls it expects. */
abstract class RefusingReviews implements DocumentReviews {
  @Override
  public Detail upload(Caller caller, Upload upload) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Page list(Caller caller, int offset, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Detail find(Caller caller, String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Detail confirm(Caller caller, String id, int finding) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Detail dismiss(Caller caller, String id, int finding, String reason) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Detail issueNotice(Caller caller, String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public byte[] notice(Caller caller, String id) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Detail correct(Caller caller, String id, String fileName, byte[] content) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ModelTextView importModelText(Caller caller, String name, String fileName, byte[] content) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ModelTextView> modelTexts(Caller caller) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Comparison compare(Caller caller, String reviewId, String modelTextId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public RuleBookView ruleBook(Caller caller) {
    throw new UnsupportedOperationException();
  }

  @Override
  public RuleBookView saveRuleBook(Caller caller, String text, int editedFrom, String note) {
    throw new UnsupportedOperationException();
  }
}
