/**
 * What a file is, told from its bytes (magic numbers and container structure), not from the name
 * or type its sender claims: used while an upload arrives, before anything is kept.
 */
package cn.ggzy.server.infrastructure.files;
