/**
 * Geography, a shared kernel: a WGS-84 point as a phone reports it, the distance between two
 * points, and a site's boundary (a polygon geofence) that says whether a reported position is on
 * the site. Used by the inspections' site visits; ready for the contractors' site check-ins.
 */
package cn.ggzy.server.domain.model.geography;
