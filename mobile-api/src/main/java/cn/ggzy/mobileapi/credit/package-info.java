/** Mobile API for officers: credit records, black list, credit repair, red list, scores and settings. */
package cn.ggzy.mobileapi.credit;
