/**
 * The clause-review command line ({@code server/bin/review-clauses}): reviews clauses from a CSV file
 * or a whole document with the shipped rule book, without the server, and measures precision and
 * recall on a labelled set.
 */
package cn.ggzy.lab.clauses;
