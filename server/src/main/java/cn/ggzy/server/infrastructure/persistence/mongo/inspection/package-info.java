/** Inspection objects, plans, tasks and the inspector roster. */
package cn.ggzy.server.infrastructure.persistence.mongo.inspection;
