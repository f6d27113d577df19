/** Files (photos, evidence) kept beside the data. */
package cn.ggzy.server.infrastructure.files;
