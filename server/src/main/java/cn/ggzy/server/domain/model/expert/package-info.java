/**
 * Evaluation experts (评标专家): the region's pool (applications, review, active, suspended,
 * exited), the code list of specialties, and the verifiable draw of experts for a tender section
 * with recusal, sealed until the evaluation starts, and replacement rounds when an expert declines
 * or does not answer in time. The draw uses the shared kernel {@code domain.model.draw}.
 */
package cn.ggzy.server.domain.model.expert;
