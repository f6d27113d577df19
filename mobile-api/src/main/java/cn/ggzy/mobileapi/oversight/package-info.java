/** 督查 and 督办 for the leading group and the departments. */
package cn.ggzy.mobileapi.oversight;
