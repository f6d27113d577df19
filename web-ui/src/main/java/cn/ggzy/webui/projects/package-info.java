/**
 * Console pages of the register of projects that must be tendered (应进必进、应招必招): the import of
 * approved projects and recorded tenders from CSV with the report of rejected lines, the paged list of
 * projects, and one project with its contracts, tenders, the threshold rule applied and its alerts,
 * each dismissed with a reason or turned into a case.
 */
package cn.ggzy.webui.projects;
