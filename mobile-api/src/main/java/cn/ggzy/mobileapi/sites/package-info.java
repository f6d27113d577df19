/**
 * 标后监管 over HTTP: the officers' supervised projects, key personnel, check-ins, attendance and absence
 * warnings (JWT), and the site staff's check-in through their personal link (no account: the link's token).
 */
package cn.ggzy.mobileapi.sites;
