/**
 * Review of tender documents (招标文件审查): the document split into clauses with their page and
 * paragraph, the office's rule book of discriminatory or unlawful clauses (kept as data, versioned,
 * each rule with its legal basis, a lawful wording and its own positive and negative examples),
 * amounts, percentages and periods read from Chinese or Arabic writing, and the findings a review
 * gives.
 */
package cn.ggzy.server.domain.model.review;
