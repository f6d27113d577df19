/** Password hashing, signing keys and token issuing. */
package cn.ggzy.server.infrastructure.security;
