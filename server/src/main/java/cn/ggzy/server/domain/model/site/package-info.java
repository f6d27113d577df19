/**
 * Post-award site supervision (标后监管): the supervised projects created from awards, with their
 * site as a polygon geofence and working hours; the key personnel committed in the winning bid, with
 * an enrolled face; their check-ins from the phone and the rules that decide each one (face, liveness,
 * geofence, hours, anti-abuse); the attendance rules per role and the days and weeks they give.
 */
package cn.ggzy.server.domain.model.site;
