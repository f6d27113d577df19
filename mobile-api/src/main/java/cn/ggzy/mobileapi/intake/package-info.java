/** Officers' side of complaints and reports: the submission behind a case, identity reveal, messages, files. */
package cn.ggzy.mobileapi.intake;
