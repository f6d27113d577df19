package cn.ggzy.server.domain.model.credit;

/** Joint punishment measures (联合惩戒措施) that a black-list entry imposes. */
public enum Measure {
  /** 限制参加本地区公共资源交易活动. */
  RESTRICT_BIDDING,
  /** 列为重点监管对象，提高抽查比例和频次. */
  INTENSIFIED_SUPERVISION,
  /** 取消评优评先资格. */
  NO_HONOURS,
  /** 限制获得政府资金支持和政策优惠. */
  NO_PUBLIC_SUPPORT,
  /** 暂停评标专家资格 (experts). */
  SUSPEND_EXPERT
}
