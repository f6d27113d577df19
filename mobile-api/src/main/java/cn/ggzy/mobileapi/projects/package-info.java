/**
 * 应进必进、应招必招 over HTTP: the register of projects that must be tendered, its CSV imports, the
 * alerts of its checks, their dismissal and the cases opened from them.
 */
package cn.ggzy.mobileapi.projects;
