/** Credit (信用): subjects, credit records, the black and red lists (联合奖惩), credit repair and the score. */
package cn.ggzy.server.domain.model.credit;
