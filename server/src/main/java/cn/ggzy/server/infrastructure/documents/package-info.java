/** Adapters that write the documents of a case (notices, case file export). */
package cn.ggzy.server.infrastructure.documents;
