/**
 * The console page of learning from the region's decisions: the model that scores the region's
 * sections (the screen index or the region's own), the labels so far, the training runs with both
 * validated ROC-AUCs, the office's training on demand and rollback, and an officer's direct label of
 * a section of their department.
 */
package cn.ggzy.webui.riskmodels;
