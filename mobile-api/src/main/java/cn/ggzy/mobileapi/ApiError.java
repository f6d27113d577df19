package cn.ggzy.mobileapi;

import cn.ggzy.server.application.Messages;

/** The body of every error answer: a stable code, the message in Chinese and English, the field at fault. */
public record ApiError(String code, String message, String messageEn, String field) {
  public static ApiError of(String code, String field) {
    return new ApiError(code, Messages.chinese(code), Messages.english(code), field);
  }
}
