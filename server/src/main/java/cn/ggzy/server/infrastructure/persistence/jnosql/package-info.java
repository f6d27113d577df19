/** Repositories on Eclipse JNoSQL (MongoDB): documents, mapping and the restricted class scanner. */
package cn.ggzy.server.infrastructure.persistence.jnosql;
